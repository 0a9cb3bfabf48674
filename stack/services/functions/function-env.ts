/** The environment Supabase gives Edge Functions, built from the local stack's configuration. */
import type { StackConfig } from '../../config.ts';
import { LOCAL_MAIL_API_KEY } from '../mail/resend-api.ts';

/** Where the local Stripe stand-in answers the Stripe API (used only without STRIPE_SECRET_KEY). */
export function localStripeApiBase(config: StackConfig): string {
  return `http://${config.host}:${config.ports.checkout}`;
}

export function functionEnv(config: StackConfig): Record<string, string> {
  const env: Record<string, string> = {
    SUPABASE_URL: config.apiUrl,
    SUPABASE_ANON_KEY: config.anonKey,
    SUPABASE_SERVICE_ROLE_KEY: config.serviceRoleKey,
    SUPABASE_DB_URL: config.dbUrl,
    STRIPE_WEBHOOK_SECRET: config.stripe.webhookSecret,
    SMTP_HOST: config.smtp.host,
    SMTP_PORT: String(config.smtp.port),
    SITE_URL: config.siteUrl,
  };
  if (config.stripe.secretKey) env.STRIPE_SECRET_KEY = config.stripe.secretKey;
  else env.STRIPE_API_BASE = localStripeApiBase(config);
  if (config.cronSecret) env.CRON_SECRET = config.cronSecret;
  // Mail: SMTP into the catcher by default; MAIL_TRANSPORT=http makes the functions send through
  // the catcher's HTTP mail API instead (Resend's POST /emails, as on a hosted project).
  if (process.env.MAIL_TRANSPORT === 'http') {
    env.RESEND_API_URL = config.mailWebUrl;
    env.RESEND_API_KEY = LOCAL_MAIL_API_KEY;
  }
  // What Deno itself needs from the host environment (cache folder, proxies, temp dir).
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'DENO_DIR', 'HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'MAIL_FROM']) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  env.NO_COLOR = '1';
  return env;
}
