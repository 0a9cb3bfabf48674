/**
 * Clear messages for the auth service's refusals on the login, forgot-password and set-password
 * pages: ra-supabase shows an error's message (as a translation key), so the rate-limit codes are
 * turned into the app's own keys. Other errors (wrong password, weak_password's reason from the
 * server) keep the server's message.
 */
import type { AuthProvider } from 'react-admin';

const MESSAGE_KEYS: Record<string, string> = {
  over_request_rate_limit: 'app.auth.rate_limited',
  over_email_send_rate_limit: 'app.auth.email_rate_limited',
};

function friendly(error: unknown): unknown {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  const key = code ? MESSAGE_KEYS[code] : undefined;
  return key ? new Error(key) : error;
}

const rethrowing =
  <A extends unknown[], R>(method: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    try {
      return await method(...args);
    } catch (error) {
      throw friendly(error);
    }
  };

export function withAuthErrorMessages<P extends AuthProvider>(provider: P): P {
  const wrapped: Record<string, unknown> = { ...provider };
  for (const name of ['login', 'setPassword', 'resetPassword'] as const) {
    const method = (provider as Record<string, unknown>)[name];
    if (typeof method === 'function')
      wrapped[name] = rethrowing((...args: unknown[]) => (method as (...a: unknown[]) => Promise<unknown>).apply(provider, args));
  }
  return wrapped as P;
}
