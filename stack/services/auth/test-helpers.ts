/** Shared helpers of the auth service tests (test-only). */
import { randomBytes } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { supabaseClient } from '../../testing/supabase';

export const uniqueEmail = (label: string) => `${label}-${randomBytes(5).toString('hex')}@example.com`;

export const anonClient = () => supabaseClient({ key: 'anon' });
export const serviceClient = () => supabaseClient({ key: 'service' });

/** A confirmed user created through the admin API. */
export async function createConfirmedUser(
  admin: SupabaseClient,
  label: string,
  password = 'initial-password-1',
): Promise<{ id: string; email: string; password: string }> {
  const email = uniqueEmail(label);
  const { data, error } = await admin.auth.admin.createUser({ email, password, email_confirm: true });
  if (error || !data.user) throw error ?? new Error('createUser returned no user');
  return { id: data.user.id, email, password };
}

/** Signs in on a fresh anon client and returns both. */
export async function signedInClient(email: string, password: string) {
  const client = anonClient();
  const { data, error } = await client.auth.signInWithPassword({ email, password });
  if (error || !data.session) throw error ?? new Error('no session');
  return { client, session: data.session };
}
