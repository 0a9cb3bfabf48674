/**
 * The Stripe client: Stripe itself with STRIPE_SECRET_KEY; otherwise the local stand-in at
 * STRIPE_API_BASE (local stack only). fetch-based HTTP and SubtleCrypto, as Deno requires.
 */
import Stripe from 'stripe';
import { optionalEnv, requireEnv } from './env.ts';
import { HttpError } from './http.ts';

export function stripeClient(): Stripe {
  const httpClient = Stripe.createFetchHttpClient();
  const secretKey = optionalEnv('STRIPE_SECRET_KEY');
  if (secretKey) return new Stripe(secretKey, { httpClient, maxNetworkRetries: 2 });
  const base = optionalEnv('STRIPE_API_BASE');
  if (!base) throw new HttpError(500, 'Server misconfiguration: STRIPE_SECRET_KEY is not set');
  const url = new URL(base);
  return new Stripe('sk_test_local_stand_in', {
    httpClient,
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
    protocol: url.protocol === 'https:' ? 'https' : 'http',
    maxNetworkRetries: 0,
  });
}

export const cryptoProvider = Stripe.createSubtleCryptoProvider();

/** Verifies the Stripe-Signature header over the raw body; throws Stripe's verification error. */
export function verifyStripeEvent(rawBody: string, signature: string): Promise<Stripe.Event> {
  return Stripe.webhooks.constructEventAsync(rawBody, signature, requireEnv('STRIPE_WEBHOOK_SECRET'), undefined, cryptoProvider);
}

export type { Stripe };
