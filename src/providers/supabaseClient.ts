import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '../types/database.types';
import type { SupabaseEnv } from './env';

/** The browser's client, typed by the generated schema: tables, views, RPC arguments and results. */
export type BackOfficeClient = SupabaseClient<Database>;

/**
 * The browser's Supabase client. `detectSessionInUrl` is off: invite and recovery links carry
 * their tokens in the URL, and ra-supabase's set-password page consumes them itself
 * (setSession + updateUser) instead of supabase-js silently signing the user in.
 */
export const createSupabaseClient = ({ url, anonKey }: SupabaseEnv): BackOfficeClient =>
  createClient<Database>(url, anonKey, {
    auth: {
      detectSessionInUrl: false,
      persistSession: true,
      autoRefreshToken: true,
    },
  });
