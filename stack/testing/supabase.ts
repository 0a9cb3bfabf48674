/**
 * supabase-js clients for Node tests. On Node 20 supabase-js needs the `ws` package as its
 * realtime transport (Node 22 has a native WebSocket); sessions are never persisted.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import ws from 'ws';
import type { Database } from '../../src/types/database.types';
import type { StackConfig } from '../config';
import { getStack } from './context';

export function supabaseClient(options: { key?: 'anon' | 'service'; token?: string; config?: StackConfig } = {}): SupabaseClient<Database> {
  const config = options.config ?? getStack();
  const key = options.key === 'service' ? config.serviceRoleKey : config.anonKey;
  return createClient<Database>(config.apiUrl, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: ws as unknown as typeof WebSocket },
    global: options.token ? { headers: { Authorization: `Bearer ${options.token}` } } : undefined,
  });
}
