import { describe, expect, it } from 'vitest';
import { REALTIME_UNAVAILABLE, RealtimeClient } from './realtimeUnavailable';

// What supabase-js calls on the RealtimeClient the SPA build gets instead of realtime-js (the
// alias itself is held by stack/bench/bundle.test.ts: no realtime code in the build).
describe('the realtime stand-in', () => {
  const realtime = new RealtimeClient('ws://127.0.0.1:54321/realtime/v1');

  it('accepts the token changes supabase-js passes on', async () => {
    await expect(realtime.setAuth()).resolves.toBeUndefined();
  });

  it('refuses to open a channel with a clear error, and has none', async () => {
    expect(() => realtime.channel()).toThrow(REALTIME_UNAVAILABLE);
    expect(realtime.getChannels()).toEqual([]);
    await expect(realtime.removeAllChannels()).resolves.toEqual([]);
  });
});
