import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { SupabaseEnv } from './env';

/**
 * The browser's Supabase client. `detectSessionInUrl` is off: invite and recovery links carry
 * their tokens in the URL, and ra-supabase's set-password page consumes them itself
 * (setSession + updateUser) instead of supabase-js silently signing the user in.
 */
export const createSupabaseClient = ({ url, anonKey }: SupabaseEnv): SupabaseClient =>
  createClient(url, anonKey, {
    auth: {
      detectSessionInUrl: false,
      persistSession: true,
      autoRefreshToken: true,
    },
  });
