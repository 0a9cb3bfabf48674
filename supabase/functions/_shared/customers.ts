/**
 * Finds or creates the customer's auth user by e-mail (auth admin API). Concurrent deliveries may
 * both try to create the same user: the loser gets "already registered" and finds the winner's.
 */
import type { SupabaseClient } from '@supabase/supabase-js';

async function userIdByEmail(admin: SupabaseClient, email: string): Promise<string | null> {
  const { data, error } = await admin.rpc('stripe_customer_user_id', { p_email: email });
  if (error) throw new Error(`customer lookup failed: ${error.message}`);
  return (data as string | null) ?? null;
}

export async function findOrCreateCustomer(admin: SupabaseClient, email: string, fullName: string | null): Promise<string> {
  const normalized = email.trim().toLowerCase();
  const existing = await userIdByEmail(admin, normalized);
  if (existing) return existing;
  const { data, error } = await admin.auth.admin.createUser({
    email: normalized,
    email_confirm: true,
    user_metadata: fullName ? { full_name: fullName } : {},
  });
  if (data?.user) return data.user.id;
  const raced = await userIdByEmail(admin, normalized);
  if (raced) return raced;
  throw new Error(`could not create the customer ${normalized}: ${error?.message ?? 'unknown error'}`);
}
