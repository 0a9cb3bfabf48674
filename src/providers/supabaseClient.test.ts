import { describe, expect, it } from 'vitest';
import { REALTIME_UNAVAILABLE } from './realtimeUnavailable';
import { createSupabaseClient } from './supabaseClient';

// The dom project builds with vite.config.ts, as the SPA does: @supabase/realtime-js is aliased.
describe('the browser Supabase client', () => {
  const client = createSupabaseClient({ url: 'http://127.0.0.1:54321', anonKey: 'anon-key' });

  it('has no realtime: opening a channel says so', () => {
    expect(() => client.channel('any')).toThrow(REALTIME_UNAVAILABLE);
    expect(client.getChannels()).toEqual([]);
  });

  it('keeps auth, the database and storage', () => {
    expect(typeof client.auth.signInWithPassword).toBe('function');
    expect(typeof client.from('orders').select).toBe('function');
    expect(typeof client.storage.from('documents').createSignedUrl).toBe('function');
  });
});
