/**
 * Stands in for @supabase/realtime-js in the SPA (vite.config.ts aliases the package to this
 * file). The back-office opens no realtime channel (live identity polls, see
 * src/layout/useLiveIdentity.ts), but supabase-js constructs a RealtimeClient in every client and
 * cannot leave it out of a bundle (supabase/supabase-js#151): realtime-js and phoenix would be
 * about 14 kB gzip of every first load. supabase-js only calls what is below: the constructor and
 * setAuth (on each sign-in / token refresh); channel() says clearly that realtime is not built in.
 */
export const REALTIME_UNAVAILABLE =
  'Realtime is not part of the back-office build (vite.config.ts aliases @supabase/realtime-js to src/providers/realtimeUnavailable.ts).';

export class RealtimeClient {
  readonly endPoint: string;

  constructor(endPoint: string) {
    this.endPoint = endPoint;
  }

  /** Called by supabase-js whenever the access token changes: nothing to authorise. */
  setAuth(): Promise<void> {
    return Promise.resolve();
  }

  channel(): never {
    throw new Error(REALTIME_UNAVAILABLE);
  }

  getChannels(): [] {
    return [];
  }

  removeChannel(): Promise<'ok'> {
    return Promise.resolve('ok');
  }

  removeAllChannels(): Promise<'ok'[]> {
    return Promise.resolve([]);
  }
}
