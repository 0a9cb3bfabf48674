/** Supabase clients: the service-role client (bypasses RLS) and one acting as the calling user. */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { Database } from './database.types.ts';
import { requireEnv } from './env.ts';

/** A client typed by the generated schema (npm run gen:types writes ./database.types.ts). */
export type DbClient = SupabaseClient<Database>;

const options = { auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false } };

export function adminClient(): DbClient {
  return createClient<Database>(requireEnv('SUPABASE_URL'), requireEnv('SUPABASE_SERVICE_ROLE_KEY'), options);
}

/** Requests run as the user (RLS applies): the anon key plus the user's access token. */
export function userClient(accessToken: string): DbClient {
  return createClient<Database>(requireEnv('SUPABASE_URL'), requireEnv('SUPABASE_ANON_KEY'), {
    ...options,
    global: { headers: { Authorization: `Bearer ${accessToken}` } },
  });
}
