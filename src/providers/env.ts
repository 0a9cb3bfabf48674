export interface SupabaseEnv {
  url: string;
  anonKey: string;
}

/**
 * Reads the Supabase URL and anon key the SPA was built or served with.
 * Fails with a sentence naming the missing variable rather than a blank page.
 */
export const readSupabaseEnv = (env: Record<string, string | boolean | undefined>): SupabaseEnv => {
  const url = env.VITE_SUPABASE_URL;
  const anonKey = env.VITE_SUPABASE_ANON_KEY;
  if (typeof url !== 'string' || url === '') {
    throw new Error('VITE_SUPABASE_URL is not set: point it at the Supabase API (e.g. http://127.0.0.1:54321).');
  }
  if (typeof anonKey !== 'string' || anonKey === '') {
    throw new Error('VITE_SUPABASE_ANON_KEY is not set: give it the anon key of the Supabase project.');
  }
  return { url: url.replace(/\/+$/, ''), anonKey };
};
