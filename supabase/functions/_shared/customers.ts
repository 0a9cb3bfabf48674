/**
 * Finds or creates the customer's auth user by e-mail (auth admin API). Concurrent deliveries may
 * both try to create the same user: the loser gets "already registered" and finds the winner's.
 * `created` says whether this call made the user, so that a caller whose database part then
 * fails can take it back (discardNewCustomer): a failed event leaves no auth user behind.
 */
import type { SupabaseClient } from '@supabase/supabase-js';

export interface Customer {
  id: string;
  created: boolean;
}

async function userIdByEmail(admin: SupabaseClient, email: string): Promise<string | null> {
  const { data, error } = await admin.rpc('stripe_customer_user_id', { p_email: email });
  if (error) throw new Error(`customer lookup failed: ${error.message}`);
  return (data as string | null) ?? null;
}

export async function findOrCreateCustomer(admin: SupabaseClient, email: string, fullName: string | null): Promise<Customer> {
  const normalized = email.trim().toLowerCase();
  const existing = await userIdByEmail(admin, normalized);
  if (existing) return { id: existing, created: false };
  const { data, error } = await admin.auth.admin.createUser({
    email: normalized,
    email_confirm: true,
    user_metadata: fullName ? { full_name: fullName } : {},
  });
  if (data?.user) return { id: data.user.id, created: true };
  const raced = await userIdByEmail(admin, normalized);
  if (raced) return { id: raced, created: false };
  throw new Error(`could not create the customer ${normalized}: ${error?.message ?? 'unknown error'}`);
}

/**
 * Deletes a user this request created once its database part failed, unless something already
 * refers to it (a concurrent delivery of the same sale that succeeded: its profile). A profile
 * written concurrently blocks the delete (foreign key), so a committed sale never loses its user.
 */
export async function discardNewCustomer(admin: SupabaseClient, customer: Customer): Promise<void> {
  if (!customer.created) return;
  const { data: profile, error } = await admin.from('profiles').select('id').eq('id', customer.id).maybeSingle();
  if (error) {
    console.error(`could not check the new customer ${customer.id}: ${error.message}`);
    return;
  }
  if (profile) return;
  const { error: deleteError } = await admin.auth.admin.deleteUser(customer.id);
  if (deleteError) console.error(`could not remove the new customer ${customer.id}: ${deleteError.message}`);
}
