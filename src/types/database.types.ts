export type Json =
  | string
  | number
  | boolean
  | null
  | { [key: string]: Json | undefined }
  | Json[]

export type Database = {
  // Allows to automatically instantiate createClient with right options
  // instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)
  __InternalSupabase: {
    PostgrestVersion: "12.0.2"
  }
  public: {
    Tables: {
      agents: {
        Row: {
          active: boolean
          created_at: string
          email: string | null
          full_name: string | null
          id: string
          role: Database["public"]["Enums"]["agent_role"]
          updated_at: string
        }
        Insert: {
          active?: boolean
          created_at?: string
          email?: string | null
          full_name?: string | null
          id: string
          role?: Database["public"]["Enums"]["agent_role"]
          updated_at?: string
        }
        Update: {
          active?: boolean
          created_at?: string
          email?: string | null
          full_name?: string | null
          id?: string
          role?: Database["public"]["Enums"]["agent_role"]
          updated_at?: string
        }
        Relationships: []
      }
      document_reviews: {
        Row: {
          created_at: string
          decision: Database["public"]["Enums"]["document_status"]
          document_version_id: string
          dossier_id: string | null
          id: string
          notes: string | null
          reviewer_id: string | null
        }
        Insert: {
          created_at?: string
          decision: Database["public"]["Enums"]["document_status"]
          document_version_id: string
          dossier_id?: string | null
          id?: string
          notes?: string | null
          reviewer_id?: string | null
        }
        Update: {
          created_at?: string
          decision?: Database["public"]["Enums"]["document_status"]
          document_version_id?: string
          dossier_id?: string | null
          id?: string
          notes?: string | null
          reviewer_id?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "document_reviews_document_version_id_fkey"
            columns: ["document_version_id"]
            isOneToOne: false
            referencedRelation: "document_versions"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "document_reviews_reviewer_id_fkey"
            columns: ["reviewer_id"]
            isOneToOne: false
            referencedRelation: "agents"
            referencedColumns: ["id"]
          },
        ]
      }
      document_types: {
        Row: {
          allowed_extensions: string[]
          code: string
          created_at: string
          description: string | null
          id: string
          label: string
          max_file_size_mb: number
          required_step_id: string | null
          updated_at: string
        }
        Insert: {
          allowed_extensions?: string[]
          code: string
          created_at?: string
          description?: string | null
          id?: string
          label: string
          max_file_size_mb?: number
          required_step_id?: string | null
          updated_at?: string
        }
        Update: {
          allowed_extensions?: string[]
          code?: string
          created_at?: string
          description?: string | null
          id?: string
          label?: string
          max_file_size_mb?: number
          required_step_id?: string | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "document_types_required_step_id_fkey"
            columns: ["required_step_id"]
            isOneToOne: false
            referencedRelation: "steps"
            referencedColumns: ["id"]
          },
        ]
      }
      document_versions: {
        Row: {
          document_id: string
          dossier_id: string | null
          file_name: string | null
          file_size_bytes: number | null
          id: string
          mime_type: string | null
          storage_path: string
          uploaded_at: string
          uploaded_by_id: string | null
          uploaded_by_type: Database["public"]["Enums"]["actor_type"]
          version_number: number
        }
        Insert: {
          document_id: string
          dossier_id?: string | null
          file_name?: string | null
          file_size_bytes?: number | null
          id?: string
          mime_type?: string | null
          storage_path: string
          uploaded_at?: string
          uploaded_by_id?: string | null
          uploaded_by_type: Database["public"]["Enums"]["actor_type"]
          version_number: number
        }
        Update: {
          document_id?: string
          dossier_id?: string | null
          file_name?: string | null
          file_size_bytes?: number | null
          id?: string
          mime_type?: string | null
          storage_path?: string
          uploaded_at?: string
          uploaded_by_id?: string | null
          uploaded_by_type?: Database["public"]["Enums"]["actor_type"]
          version_number?: number
        }
        Relationships: [
          {
            foreignKeyName: "document_versions_document_id_fkey"
            columns: ["document_id"]
            isOneToOne: false
            referencedRelation: "documents"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "document_versions_document_id_fkey"
            columns: ["document_id"]
            isOneToOne: false
            referencedRelation: "dossier_reviews"
            referencedColumns: ["document_id"]
          },
        ]
      }
      documents: {
        Row: {
          created_at: string
          document_type_id: string
          dossier_id: string
          id: string
          status: Database["public"]["Enums"]["document_status"]
          step_instance_id: string | null
          updated_at: string
        }
        Insert: {
          created_at?: string
          document_type_id: string
          dossier_id: string
          id?: string
          status?: Database["public"]["Enums"]["document_status"]
          step_instance_id?: string | null
          updated_at?: string
        }
        Update: {
          created_at?: string
          document_type_id?: string
          dossier_id?: string
          id?: string
          status?: Database["public"]["Enums"]["document_status"]
          step_instance_id?: string | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: "documents_document_type_id_fkey"
            columns: ["document_type_id"]
            isOneToOne: false
            referencedRelation: "document_types"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "documents_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossier_lookup"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "documents_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossiers"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "documents_step_instance_id_fkey"
            columns: ["step_instance_id"]
            isOneToOne: false
            referencedRelation: "step_instances"
            referencedColumns: ["id"]
          },
        ]
      }
      dossier_status_history: {
        Row: {
          changed_by_id: string | null
          changed_by_type: Database["public"]["Enums"]["actor_type"]
          created_at: string
          dossier_id: string
          id: string
          metadata: NonNullable<Json>
          new_status: Database["public"]["Enums"]["dossier_status_code"]
          old_status: Database["public"]["Enums"]["dossier_status_code"] | null
          status: Database["public"]["Enums"]["dossier_status_code"] | null
        }
        Insert: {
          changed_by_id?: string | null
          changed_by_type: Database["public"]["Enums"]["actor_type"]
          created_at?: string
          dossier_id: string
          id?: string
          metadata?: NonNullable<Json>
          new_status: Database["public"]["Enums"]["dossier_status_code"]
          old_status?: Database["public"]["Enums"]["dossier_status_code"] | null
          status?: Database["public"]["Enums"]["dossier_status_code"] | null
        }
        Update: {
          changed_by_id?: string | null
          changed_by_type?: Database["public"]["Enums"]["actor_type"]
          created_at?: string
          dossier_id?: string
          id?: string
          metadata?: NonNullable<Json>
          new_status?: Database["public"]["Enums"]["dossier_status_code"]
          old_status?: Database["public"]["Enums"]["dossier_status_code"] | null
          status?: Database["public"]["Enums"]["dossier_status_code"] | null
        }
        Relationships: [
          {
            foreignKeyName: "dossier_status_history_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossier_lookup"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "dossier_status_history_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossiers"
            referencedColumns: ["id"]
          },
        ]
      }
      dossiers: {
        Row: {
          completed_at: string | null
          created_at: string
          current_step_instance_id: string | null
          id: string
          metadata: NonNullable<Json>
          product_id: string
          status: Database["public"]["Enums"]["dossier_status_code"]
          type: Database["public"]["Enums"]["dossier_type"]
          updated_at: string
          user_id: string
        }
        Insert: {
          completed_at?: string | null
          created_at?: string
          current_step_instance_id?: string | null
          id?: string
          metadata?: NonNullable<Json>
          product_id: string
          status?: Database["public"]["Enums"]["dossier_status_code"]
          type: Database["public"]["Enums"]["dossier_type"]
          updated_at?: string
          user_id: string
        }
        Update: {
          completed_at?: string | null
          created_at?: string
          current_step_instance_id?: string | null
          id?: string
          metadata?: NonNullable<Json>
          product_id?: string
          status?: Database["public"]["Enums"]["dossier_status_code"]
          type?: Database["public"]["Enums"]["dossier_type"]
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "dossiers_current_step_instance_id_fkey"
            columns: ["current_step_instance_id"]
            isOneToOne: false
            referencedRelation: "step_instances"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "dossiers_product_id_fkey"
            columns: ["product_id", "type"]
            isOneToOne: false
            referencedRelation: "products"
            referencedColumns: ["id", "dossier_type"]
          },
          {
            foreignKeyName: "dossiers_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      events: {
        Row: {
          actor_id: string | null
          actor_type: Database["public"]["Enums"]["actor_type"]
          created_at: string
          dossier_id: string | null
          entity_id: string
          entity_type: string
          event_type: Database["public"]["Enums"]["event_type"]
          id: string
          payload: NonNullable<Json>
        }
        Insert: {
          actor_id?: string | null
          actor_type: Database["public"]["Enums"]["actor_type"]
          created_at?: string
          dossier_id?: string | null
          entity_id: string
          entity_type: string
          event_type: Database["public"]["Enums"]["event_type"]
          id?: string
          payload?: NonNullable<Json>
        }
        Update: {
          actor_id?: string | null
          actor_type?: Database["public"]["Enums"]["actor_type"]
          created_at?: string
          dossier_id?: string | null
          entity_id?: string
          entity_type?: string
          event_type?: Database["public"]["Enums"]["event_type"]
          id?: string
          payload?: NonNullable<Json>
        }
        Relationships: []
      }
      messages: {
        Row: {
          attachments: NonNullable<Json>
          body: string
          created_at: string
          dossier_id: string
          id: string
          read_at: string | null
          sender_id: string | null
          sender_type: Database["public"]["Enums"]["actor_type"]
        }
        Insert: {
          attachments?: NonNullable<Json>
          body: string
          created_at?: string
          dossier_id: string
          id?: string
          read_at?: string | null
          sender_id?: string | null
          sender_type: Database["public"]["Enums"]["actor_type"]
        }
        Update: {
          attachments?: NonNullable<Json>
          body?: string
          created_at?: string
          dossier_id?: string
          id?: string
          read_at?: string | null
          sender_id?: string | null
          sender_type?: Database["public"]["Enums"]["actor_type"]
        }
        Relationships: [
          {
            foreignKeyName: "messages_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossier_lookup"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "messages_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossiers"
            referencedColumns: ["id"]
          },
        ]
      }
      notification_deliveries: {
        Row: {
          channel: Database["public"]["Enums"]["notification_channel"]
          created_at: string
          failed_at: string | null
          id: string
          notification_id: string
          provider: string | null
          provider_message_id: string | null
          sent_at: string | null
          status: Database["public"]["Enums"]["notification_status"]
        }
        Insert: {
          channel: Database["public"]["Enums"]["notification_channel"]
          created_at?: string
          failed_at?: string | null
          id?: string
          notification_id: string
          provider?: string | null
          provider_message_id?: string | null
          sent_at?: string | null
          status?: Database["public"]["Enums"]["notification_status"]
        }
        Update: {
          channel?: Database["public"]["Enums"]["notification_channel"]
          created_at?: string
          failed_at?: string | null
          id?: string
          notification_id?: string
          provider?: string | null
          provider_message_id?: string | null
          sent_at?: string | null
          status?: Database["public"]["Enums"]["notification_status"]
        }
        Relationships: [
          {
            foreignKeyName: "notification_deliveries_notification_id_fkey"
            columns: ["notification_id"]
            isOneToOne: false
            referencedRelation: "notifications"
            referencedColumns: ["id"]
          },
        ]
      }
      notifications: {
        Row: {
          action_url: string | null
          body: string | null
          created_at: string
          event_id: string | null
          id: string
          read_at: string | null
          title: string
          user_id: string
        }
        Insert: {
          action_url?: string | null
          body?: string | null
          created_at?: string
          event_id?: string | null
          id?: string
          read_at?: string | null
          title: string
          user_id: string
        }
        Update: {
          action_url?: string | null
          body?: string | null
          created_at?: string
          event_id?: string | null
          id?: string
          read_at?: string | null
          title?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "notifications_event_id_fkey"
            columns: ["event_id"]
            isOneToOne: false
            referencedRelation: "events"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "notifications_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      orders: {
        Row: {
          agent_id: string | null
          amount: number
          created_at: string
          currency: string
          dossier_id: string | null
          id: string
          metadata: NonNullable<Json>
          paid_at: string | null
          payment_link_id: string | null
          product_id: string
          refunded_at: string | null
          status: Database["public"]["Enums"]["order_status"]
          stripe_checkout_session_id: string | null
          stripe_customer_id: string | null
          stripe_payment_intent_id: string | null
          updated_at: string
          user_id: string
        }
        Insert: {
          agent_id?: string | null
          amount: number
          created_at?: string
          currency?: string
          dossier_id?: string | null
          id?: string
          metadata?: NonNullable<Json>
          paid_at?: string | null
          payment_link_id?: string | null
          product_id: string
          refunded_at?: string | null
          status?: Database["public"]["Enums"]["order_status"]
          stripe_checkout_session_id?: string | null
          stripe_customer_id?: string | null
          stripe_payment_intent_id?: string | null
          updated_at?: string
          user_id: string
        }
        Update: {
          agent_id?: string | null
          amount?: number
          created_at?: string
          currency?: string
          dossier_id?: string | null
          id?: string
          metadata?: NonNullable<Json>
          paid_at?: string | null
          payment_link_id?: string | null
          product_id?: string
          refunded_at?: string | null
          status?: Database["public"]["Enums"]["order_status"]
          stripe_checkout_session_id?: string | null
          stripe_customer_id?: string | null
          stripe_payment_intent_id?: string | null
          updated_at?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "orders_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossier_lookup"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "orders_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossiers"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "orders_payment_link_id_fkey"
            columns: ["payment_link_id"]
            isOneToOne: false
            referencedRelation: "payment_links"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "orders_product_id_fkey"
            columns: ["product_id"]
            isOneToOne: false
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "orders_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      payment_links: {
        Row: {
          cancelled_at: string | null
          cancelled_by: string | null
          created_at: string
          created_by: string | null
          expires_at: string | null
          id: string
          product_id: string
          prospect_email: string
          prospect_name: string | null
          stripe_checkout_session_id: string | null
          token: string
          used_at: string | null
          used_by: string | null
          status: Database["public"]["Enums"]["payment_link_status"] | null
        }
        Insert: {
          cancelled_at?: string | null
          cancelled_by?: string | null
          created_at?: string
          created_by?: string | null
          expires_at?: string | null
          id?: string
          product_id: string
          prospect_email: string
          prospect_name?: string | null
          stripe_checkout_session_id?: string | null
          token?: string
          used_at?: string | null
          used_by?: string | null
        }
        Update: {
          cancelled_at?: string | null
          cancelled_by?: string | null
          created_at?: string
          created_by?: string | null
          expires_at?: string | null
          id?: string
          product_id?: string
          prospect_email?: string
          prospect_name?: string | null
          stripe_checkout_session_id?: string | null
          token?: string
          used_at?: string | null
          used_by?: string | null
        }
        Relationships: [
          {
            foreignKeyName: "payment_links_cancelled_by_fkey"
            columns: ["cancelled_by"]
            isOneToOne: false
            referencedRelation: "agents"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "payment_links_created_by_fkey"
            columns: ["created_by"]
            isOneToOne: false
            referencedRelation: "agents"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "payment_links_product_id_fkey"
            columns: ["product_id"]
            isOneToOne: false
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "payment_links_used_by_fkey"
            columns: ["used_by"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      payment_reminders: {
        Row: {
          agent_id: string | null
          clicked_at: string | null
          id: string
          order_id: string
          sent_at: string
          sent_via: Database["public"]["Enums"]["notification_channel"]
          user_id: string
        }
        Insert: {
          agent_id?: string | null
          clicked_at?: string | null
          id?: string
          order_id: string
          sent_at?: string
          sent_via: Database["public"]["Enums"]["notification_channel"]
          user_id: string
        }
        Update: {
          agent_id?: string | null
          clicked_at?: string | null
          id?: string
          order_id?: string
          sent_at?: string
          sent_via?: Database["public"]["Enums"]["notification_channel"]
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "payment_reminders_order_id_fkey"
            columns: ["order_id"]
            isOneToOne: false
            referencedRelation: "orders"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "payment_reminders_user_id_fkey"
            columns: ["user_id"]
            isOneToOne: false
            referencedRelation: "profiles"
            referencedColumns: ["id"]
          },
        ]
      }
      product_steps: {
        Row: {
          created_at: string
          estimated_duration_hours: number | null
          id: string
          is_required: boolean
          position: number
          product_id: string
          step_id: string
        }
        Insert: {
          created_at?: string
          estimated_duration_hours?: number | null
          id?: string
          is_required?: boolean
          position: number
          product_id: string
          step_id: string
        }
        Update: {
          created_at?: string
          estimated_duration_hours?: number | null
          id?: string
          is_required?: boolean
          position?: number
          product_id?: string
          step_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "product_steps_product_id_fkey"
            columns: ["product_id"]
            isOneToOne: false
            referencedRelation: "products"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "product_steps_step_id_fkey"
            columns: ["step_id"]
            isOneToOne: false
            referencedRelation: "steps"
            referencedColumns: ["id"]
          },
        ]
      }
      products: {
        Row: {
          active: boolean
          code: string
          created_at: string
          currency: string
          description: string | null
          dossier_type: Database["public"]["Enums"]["dossier_type"]
          id: string
          initial_status: Database["public"]["Enums"]["dossier_status_code"]
          name: string
          price_amount: number
          stripe_price_id: string | null
          stripe_product_id: string | null
          updated_at: string
        }
        Insert: {
          active?: boolean
          code: string
          created_at?: string
          currency?: string
          description?: string | null
          dossier_type: Database["public"]["Enums"]["dossier_type"]
          id?: string
          initial_status?: Database["public"]["Enums"]["dossier_status_code"]
          name: string
          price_amount: number
          stripe_price_id?: string | null
          stripe_product_id?: string | null
          updated_at?: string
        }
        Update: {
          active?: boolean
          code?: string
          created_at?: string
          currency?: string
          description?: string | null
          dossier_type?: Database["public"]["Enums"]["dossier_type"]
          id?: string
          initial_status?: Database["public"]["Enums"]["dossier_status_code"]
          name?: string
          price_amount?: number
          stripe_price_id?: string | null
          stripe_product_id?: string | null
          updated_at?: string
        }
        Relationships: []
      }
      profiles: {
        Row: {
          created_at: string
          email: string | null
          full_name: string | null
          id: string
          phone: string | null
          status: Database["public"]["Enums"]["user_status"]
          stripe_customer_id: string | null
          updated_at: string
        }
        Insert: {
          created_at?: string
          email?: string | null
          full_name?: string | null
          id: string
          phone?: string | null
          status?: Database["public"]["Enums"]["user_status"]
          stripe_customer_id?: string | null
          updated_at?: string
        }
        Update: {
          created_at?: string
          email?: string | null
          full_name?: string | null
          id?: string
          phone?: string | null
          status?: Database["public"]["Enums"]["user_status"]
          stripe_customer_id?: string | null
          updated_at?: string
        }
        Relationships: []
      }
      step_instances: {
        Row: {
          assigned_to: string | null
          completed_at: string | null
          created_at: string
          dossier_id: string
          due_at: string | null
          id: string
          metadata: NonNullable<Json>
          started_at: string | null
          status: string
          step_id: string
          workflow_position: number | null
        }
        Insert: {
          assigned_to?: string | null
          completed_at?: string | null
          created_at?: string
          dossier_id: string
          due_at?: string | null
          id?: string
          metadata?: NonNullable<Json>
          started_at?: string | null
          status?: string
          step_id: string
        }
        Update: {
          assigned_to?: string | null
          completed_at?: string | null
          created_at?: string
          dossier_id?: string
          due_at?: string | null
          id?: string
          metadata?: NonNullable<Json>
          started_at?: string | null
          status?: string
          step_id?: string
        }
        Relationships: [
          {
            foreignKeyName: "step_instances_assigned_to_fkey"
            columns: ["assigned_to"]
            isOneToOne: false
            referencedRelation: "agents"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "step_instances_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossier_lookup"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "step_instances_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossiers"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "step_instances_step_id_fkey"
            columns: ["step_id"]
            isOneToOne: false
            referencedRelation: "steps"
            referencedColumns: ["id"]
          },
        ]
      }
      steps: {
        Row: {
          code: string
          created_at: string
          description: string | null
          id: string
          label: string
          position: number
        }
        Insert: {
          code: string
          created_at?: string
          description?: string | null
          id?: string
          label: string
          position: number
        }
        Update: {
          code?: string
          created_at?: string
          description?: string | null
          id?: string
          label?: string
          position?: number
        }
        Relationships: []
      }
    }
    Views: {
      agent_directory: {
        Row: {
          full_name: string | null
          id: string | null
          role: Database["public"]["Enums"]["agent_role"] | null
        }
        Relationships: []
      }
      assignable_agents: {
        Row: {
          full_name: string | null
          id: string | null
        }
        Relationships: []
      }
      dossier_lookup: {
        Row: {
          created_at: string | null
          customer_email: string | null
          customer_name: string | null
          id: string | null
          search_text: string | null
          status: Database["public"]["Enums"]["dossier_status_code"] | null
          type: Database["public"]["Enums"]["dossier_type"] | null
        }
        Relationships: []
      }
      dossier_reviews: {
        Row: {
          created_at: string | null
          decision: Database["public"]["Enums"]["document_status"] | null
          document_id: string | null
          document_type_label: string | null
          document_version_id: string | null
          dossier_id: string | null
          file_name: string | null
          id: string | null
          notes: string | null
          reviewer_id: string | null
          version_number: number | null
        }
        Relationships: [
          {
            foreignKeyName: "document_reviews_document_version_id_fkey"
            columns: ["document_version_id"]
            isOneToOne: false
            referencedRelation: "document_versions"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "document_reviews_reviewer_id_fkey"
            columns: ["reviewer_id"]
            isOneToOne: false
            referencedRelation: "agents"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "documents_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossier_lookup"
            referencedColumns: ["id"]
          },
          {
            foreignKeyName: "documents_dossier_id_fkey"
            columns: ["dossier_id"]
            isOneToOne: false
            referencedRelation: "dossiers"
            referencedColumns: ["id"]
          },
        ]
      }
      step_board: {
        Row: {
          assigned_to: string | null
          board_column: string | null
          created_at: string | null
          customer_name: string | null
          documents_approved: number | null
          documents_total: number | null
          dossier_id: string | null
          dossier_status:
            | Database["public"]["Enums"]["dossier_status_code"]
            | null
          dossier_type: Database["public"]["Enums"]["dossier_type"] | null
          due_at: string | null
          due_order: string | null
          id: string | null
          is_current: boolean | null
          overdue: boolean | null
          overdue_hours: number | null
          search_text: string | null
          started_at: string | null
          status: string | null
          step_code: string | null
          step_id: string | null
          step_label: string | null
        }
        Insert: {
          assigned_to?: string | null
          board_column?: never
          created_at?: string | null
          customer_name?: string | null
          documents_approved?: never
          documents_total?: never
          dossier_id?: string | null
          dossier_status?:
            | Database["public"]["Enums"]["dossier_status_code"]
            | null
          dossier_type?: Database["public"]["Enums"]["dossier_type"] | null
          due_at?: string | null
          due_order?: string | null
          id?: string | null
          is_current?: never
          overdue?: never
          overdue_hours?: never
          search_text?: string | null
          started_at?: string | null
          status?: string | null
          step_code?: string | null
          step_id?: string | null
          step_label?: string | null
        }
        Update: {
          assigned_to?: string | null
          board_column?: never
          created_at?: string | null
          customer_name?: string | null
          documents_approved?: never
          documents_total?: never
          dossier_id?: string | null
          dossier_status?:
            | Database["public"]["Enums"]["dossier_status_code"]
            | null
          dossier_type?: Database["public"]["Enums"]["dossier_type"] | null
          due_at?: string | null
          due_order?: string | null
          id?: string | null
          is_current?: never
          overdue?: never
          overdue_hours?: never
          search_text?: string | null
          started_at?: string | null
          status?: string | null
          step_code?: string | null
          step_id?: string | null
          step_label?: string | null
        }
        Relationships: []
      }
      step_workloads: {
        Row: {
          agent_id: string | null
          full_name: string | null
          open_count: number | null
          overdue_count: number | null
        }
        Relationships: []
      }
    }
    Functions: {
      are_step_documents_complete: {
        Args: { p_step_instance_id: string }
        Returns: boolean
      }
      assign_step_instance: {
        Args: { p_agent_id: string; p_step_instance_id: string }
        Returns: {
          assigned_to: string | null
          completed_at: string | null
          created_at: string
          dossier_id: string
          due_at: string | null
          id: string
          metadata: NonNullable<Json>
          started_at: string | null
          status: string
          step_id: string
        }
        SetofOptions: {
          from: "*"
          to: "step_instances"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      avg_time_per_step: {
        Args: { p_from: string; p_to: string }
        Returns: {
          avg_hours: number
          completed_count: number
          max_hours: number
          step_code: string
          step_id: string
          step_label: string
        }[]
      }
      cancel_order: {
        Args: { p_order_id: string; p_reason?: string }
        Returns: {
          agent_id: string | null
          amount: number
          created_at: string
          currency: string
          dossier_id: string | null
          id: string
          metadata: NonNullable<Json>
          paid_at: string | null
          payment_link_id: string | null
          product_id: string
          refunded_at: string | null
          status: Database["public"]["Enums"]["order_status"]
          stripe_checkout_session_id: string | null
          stripe_customer_id: string | null
          stripe_payment_intent_id: string | null
          updated_at: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "orders"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      cancel_payment_link: {
        Args: { p_payment_link_id: string }
        Returns: {
          cancelled_at: string
          id: string
          stripe_checkout_session_id: string
        }[]
      }
      change_agent_role: {
        Args: {
          p_agent_id: string
          p_role: Database["public"]["Enums"]["agent_role"]
        }
        Returns: {
          active: boolean
          created_at: string
          email: string | null
          full_name: string | null
          id: string
          role: Database["public"]["Enums"]["agent_role"]
          updated_at: string
        }
        SetofOptions: {
          from: "*"
          to: "agents"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      change_dossier_status: {
        Args: { p_dossier_id: string; p_note?: string; p_status: string }
        Returns: {
          completed_at: string | null
          created_at: string
          current_step_instance_id: string | null
          id: string
          metadata: NonNullable<Json>
          product_id: string
          status: Database["public"]["Enums"]["dossier_status_code"]
          type: Database["public"]["Enums"]["dossier_type"]
          updated_at: string
          user_id: string
        }
        SetofOptions: {
          from: "*"
          to: "dossiers"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      checkout_result: { Args: { p_session_id: string }; Returns: string }
      claim_payment_reminders: {
        Args: {
          p_cadence: string
          p_limit?: number
          p_max_count: number
          p_order_ids?: string[]
        }
        Returns: {
          amount: number
          currency: string
          email: string
          full_name: string
          order_id: string
          payment_link_id: string
          product_name: string
          reminder_id: string
          reminder_number: number
          user_id: string
        }[]
      }
      complete_step_instance: {
        Args: { p_step_instance_id: string }
        Returns: {
          dossier_id: string
          dossier_status: Database["public"]["Enums"]["dossier_status_code"]
          next_step_instance_id: string
          step_instance_id: string
        }[]
      }
      create_payment_link: {
        Args: {
          p_expires_at?: string
          p_product_id: string
          p_prospect_email: string
          p_prospect_name?: string
        }
        Returns: {
          currency: string
          expires_at: string
          id: string
          price_amount: number
          product_id: string
          product_name: string
          prospect_email: string
          prospect_name: string
          stripe_price_id: string
          token: string
        }[]
      }
      dossier_pipeline: {
        Args: Record<PropertyKey, never>
        Returns: {
          dossiers_count: number
          status: Database["public"]["Enums"]["dossier_status_code"]
          type: Database["public"]["Enums"]["dossier_type"]
        }[]
      }
      generate_payment_link_token: {
        Args: Record<PropertyKey, never>
        Returns: string
      }
      get_next_step_for_dossier: {
        Args: { p_dossier_id: string }
        Returns: string
      }
      get_payment_link: {
        Args: { p_token: string }
        Returns: {
          currency: string
          expires_at: string
          price_amount: number
          product_name: string
          status: string
        }[]
      }
      my_open_steps_summary: {
        Args: Record<PropertyKey, never>
        Returns: {
          next_due_at: string
          open_count: number
          overdue_count: number
        }[]
      }
      my_payment_links_summary: {
        Args: { p_from: string; p_to: string }
        Returns: {
          links_count: number
          state: string
        }[]
      }
      orders_by_status: {
        Args: { p_from: string; p_to: string }
        Returns: {
          amount: number
          orders_count: number
          status: Database["public"]["Enums"]["order_status"]
        }[]
      }
      overdue_steps: {
        Args: Record<PropertyKey, never>
        Returns: {
          assigned_to: string
          assignee_name: string
          dossier_id: string
          due_at: string
          overdue_hours: number
          started_at: string
          step_id: string
          step_instance_id: string
          step_label: string
        }[]
      }
      payment_link_conversion: {
        Args: { p_from: string; p_to: string }
        Returns: {
          conversion_rate: number
          links_active: number
          links_cancelled: number
          links_created: number
          links_expired: number
          links_used: number
        }[]
      }
      prepare_order_refund: {
        Args: { p_order_id: string }
        Returns: {
          amount: number
          currency: string
          order_id: string
          payment_intent_id: string
        }[]
      }
      release_payment_reminder: {
        Args: { p_reminder_id: string }
        Returns: undefined
      }
      reorder_product_steps: {
        Args: { p_product_id: string; p_product_step_ids: string[] }
        Returns: {
          created_at: string
          estimated_duration_hours: number | null
          id: string
          is_required: boolean
          position: number
          product_id: string
          step_id: string
        }[]
        SetofOptions: {
          from: "*"
          to: "product_steps"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      revenue_by_period: {
        Args: { p_bucket?: string; p_from: string; p_to: string }
        Returns: {
          bucket_start: string
          currency: string
          orders_count: number
          refunded: number
          revenue: number
        }[]
      }
      review_document_version: {
        Args: { p_decision: string; p_notes?: string; p_version_id: string }
        Returns: {
          created_at: string
          decision: Database["public"]["Enums"]["document_status"]
          document_version_id: string
          dossier_id: string | null
          id: string
          notes: string | null
          reviewer_id: string | null
        }
        SetofOptions: {
          from: "*"
          to: "document_reviews"
          isOneToOne: true
          isSetofReturn: false
        }
      }
      review_queue_age: {
        Args: Record<PropertyKey, never>
        Returns: {
          avg_age_hours: number
          max_age_hours: number
          oldest_uploaded_at: string
          pending_versions: number
        }[]
      }
      review_throughput: {
        Args: { p_bucket?: string; p_from: string; p_to: string }
        Returns: {
          approved: number
          bucket_start: string
          rejected: number
        }[]
      }
      search_dossiers: {
        Args: { q: string }
        Returns: {
          completed_at: string | null
          created_at: string
          current_step_instance_id: string | null
          id: string
          metadata: NonNullable<Json>
          product_id: string
          status: Database["public"]["Enums"]["dossier_status_code"]
          type: Database["public"]["Enums"]["dossier_type"]
          updated_at: string
          user_id: string
        }[]
        SetofOptions: {
          from: "*"
          to: "dossiers"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      search_orders: {
        Args: { q: string }
        Returns: {
          agent_id: string | null
          amount: number
          created_at: string
          currency: string
          dossier_id: string | null
          id: string
          metadata: NonNullable<Json>
          paid_at: string | null
          payment_link_id: string | null
          product_id: string
          refunded_at: string | null
          status: Database["public"]["Enums"]["order_status"]
          stripe_checkout_session_id: string | null
          stripe_customer_id: string | null
          stripe_payment_intent_id: string | null
          updated_at: string
          user_id: string
        }[]
        SetofOptions: {
          from: "*"
          to: "orders"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      search_payment_links: {
        Args: { q: string }
        Returns: {
          cancelled_at: string | null
          cancelled_by: string | null
          created_at: string
          created_by: string | null
          expires_at: string | null
          id: string
          product_id: string
          prospect_email: string
          prospect_name: string | null
          stripe_checkout_session_id: string | null
          token: string
          used_at: string | null
          used_by: string | null
        }[]
        SetofOptions: {
          from: "*"
          to: "payment_links"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      search_profiles: {
        Args: { q: string }
        Returns: {
          created_at: string
          email: string | null
          full_name: string | null
          id: string
          phone: string | null
          status: Database["public"]["Enums"]["user_status"]
          stripe_customer_id: string | null
          updated_at: string
        }[]
        SetofOptions: {
          from: "*"
          to: "profiles"
          isOneToOne: false
          isSetofReturn: true
        }
      }
      search_step_board: {
        Args: { q: string }
        Returns: {
          assigned_to: string
          board_column: string
          created_at: string
          customer_name: string
          documents_approved: number
          documents_total: number
          dossier_id: string
          dossier_status: Database["public"]["Enums"]["dossier_status_code"]
          dossier_type: Database["public"]["Enums"]["dossier_type"]
          due_at: string
          due_order: string
          id: string
          is_current: boolean
          overdue: boolean
          overdue_hours: number
          search_text: string
          started_at: string
          status: string
          step_code: string
          step_id: string
          step_label: string
        }[]
      }
      status: {
        Args: { p_link: Database["public"]["Tables"]["payment_links"]["Row"] }
        Returns: Database["public"]["Enums"]["payment_link_status"]
      }
      stripe_customer_user_id: { Args: { p_email: string }; Returns: string }
      stripe_handle_event: {
        Args: { p_customer_id?: string; p_event: Json }
        Returns: Json
      }
      track_payment_reminder_click: {
        Args: { p_reminder_id: string }
        Returns: {
          payment_link_id: string
          prospect_email: string
          stripe_checkout_session_id: string
          usable: boolean
        }[]
      }
      workflow_position: {
        Args: { "": Database["public"]["Tables"]["step_instances"]["Row"] }
        Returns: {
          error: true
        } & "the function public.workflow_position with parameter or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache"
      }
    }
    Enums: {
      actor_type: "USER" | "AGENT" | "SYSTEM"
      agent_role: "AGENT" | "REVIEWER" | "MANAGER" | "ADMIN"
      document_status: "PENDING" | "APPROVED" | "REJECTED" | "OUTDATED"
      dossier_status_code:
        | "QUALIFICATION"
        | "IN_PROGRESS"
        | "UNDER_REVIEW"
        | "COMPLETED"
        | "ON_HOLD"
        | "CANCELLED"
      dossier_type: "LLC" | "CORP" | "DUBAI" | "COMPLIANCE" | "ACCOUNTING"
      event_type:
        | "DOSSIER_CREATED"
        | "DOSSIER_STATUS_CHANGED"
        | "DOCUMENT_UPLOADED"
        | "DOCUMENT_REVIEWED"
        | "STEP_ASSIGNED"
        | "STEP_COMPLETED"
        | "MESSAGE_SENT"
        | "PAYMENT_LINK_CREATED"
        | "PAYMENT_LINK_CANCELLED"
        | "PAYMENT_RECEIVED"
        | "PAYMENT_FAILED"
        | "PAYMENT_REFUNDED"
        | "ORDER_CANCELLED"
        | "PAYMENT_REMINDER_SENT"
      notification_channel: "EMAIL" | "SMS" | "IN_APP"
      notification_status: "PENDING" | "SENT" | "BOUNCED" | "FAILED"
      order_status: "PENDING" | "PAID" | "FAILED" | "REFUNDED" | "CANCELLED"
      payment_link_status: "active" | "used" | "expired" | "cancelled"
      user_status: "PENDING" | "ACTIVE" | "SUSPENDED"
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type DatabaseWithoutInternals = Omit<Database, "__InternalSupabase">

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] &
        DefaultSchema["Views"])
    ? (DefaultSchema["Tables"] &
        DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
    ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
    ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends {
  schema: keyof DatabaseWithoutInternals
}
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
    ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {
      actor_type: ["USER", "AGENT", "SYSTEM"],
      agent_role: ["AGENT", "REVIEWER", "MANAGER", "ADMIN"],
      document_status: ["PENDING", "APPROVED", "REJECTED", "OUTDATED"],
      dossier_status_code: [
        "QUALIFICATION",
        "IN_PROGRESS",
        "UNDER_REVIEW",
        "COMPLETED",
        "ON_HOLD",
        "CANCELLED",
      ],
      dossier_type: ["LLC", "CORP", "DUBAI", "COMPLIANCE", "ACCOUNTING"],
      event_type: [
        "DOSSIER_CREATED",
        "DOSSIER_STATUS_CHANGED",
        "DOCUMENT_UPLOADED",
        "DOCUMENT_REVIEWED",
        "STEP_ASSIGNED",
        "STEP_COMPLETED",
        "MESSAGE_SENT",
        "PAYMENT_LINK_CREATED",
        "PAYMENT_LINK_CANCELLED",
        "PAYMENT_RECEIVED",
        "PAYMENT_FAILED",
        "PAYMENT_REFUNDED",
        "ORDER_CANCELLED",
        "PAYMENT_REMINDER_SENT",
      ],
      notification_channel: ["EMAIL", "SMS", "IN_APP"],
      notification_status: ["PENDING", "SENT", "BOUNCED", "FAILED"],
      order_status: ["PENDING", "PAID", "FAILED", "REFUNDED", "CANCELLED"],
      payment_link_status: ["active", "used", "expired", "cancelled"],
      user_status: ["PENDING", "ACTIVE", "SUSPENDED"],
    },
  },
} as const

