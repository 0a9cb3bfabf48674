/**
 * Helpers for the payments tests: signed Stripe events, payment links straight in the database,
 * agents' access tokens, and calls to the functions through the gateway.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import Stripe from 'stripe';
import type { StackConfig } from '../../stack/config';
import { DEMO_PASSWORD } from '../../stack/demo-accounts';
import { getStack } from '../../stack/testing/context';

export const config = (): StackConfig => getStack();

let pool: pg.Pool | undefined;
export async function q<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  pool ??= new pg.Pool({ connectionString: config().dbUrl, max: 6 });
  return (await pool.query<T>(text, values)).rows;
}
export async function closeDb(): Promise<void> {
  await pool?.end();
  pool = undefined;
}

export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

/** A password sign-in through the auth service; tokens are cached per e-mail. */
const tokens = new Map<string, string>();
export async function accessToken(email: string, password = DEMO_PASSWORD): Promise<string> {
  const cached = tokens.get(email);
  if (cached) return cached;
  const res = await fetch(`${config().apiUrl}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { apikey: config().anonKey, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!res.ok || !body.access_token) throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(body)}`);
  tokens.set(email, body.access_token);
  return body.access_token;
}

export interface FunctionAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls an Edge Function through the gateway like supabase-js does (apikey + bearer). */
export async function callFunction<T = Record<string, unknown>>(
  name: string,
  options: {
    path?: string;
    method?: string;
    token?: string | null;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<FunctionAnswer<T>> {
  const headers: Record<string, string> = { apikey: config().anonKey, ...options.headers };
  if (options.token !== null) headers.authorization = `Bearer ${options.token ?? config().anonKey}`;
  if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${config().apiUrl}/functions/v1/${name}${options.path ?? ''}`, {
    method: options.method ?? 'POST',
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    redirect: 'manual',
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: body as T, headers: res.headers };
}

export async function productId(code = 'LLC_FORMATION'): Promise<string> {
  const [row] = await q<{ id: string }>('select id from public.products where code = $1', [code]);
  if (!row) throw new Error(`no product ${code}`);
  return row.id;
}

export async function agentId(email: string): Promise<string> {
  const [row] = await q<{ id: string }>('select id from public.agents where email = $1', [email]);
  if (!row) throw new Error(`no agent ${email}`);
  return row.id;
}

export interface TestLink {
  id: string;
  token: string;
  productId: string;
  email: string;
  sessionId: string;
}

/** A payment link row as payment-links would store it (no Stripe involved). */
export async function insertLink(options: { productCode?: string; createdBy?: string; email?: string } = {}): Promise<TestLink> {
  const product = await productId(options.productCode);
  const email = options.email ?? `${unique('buyer')}@example.test`;
  const sessionId = `cs_test_${randomBytes(10).toString('hex')}`;
  const createdBy = options.createdBy ?? (await agentId('agent@example.com'));
  const [row] = await q<{ id: string; token: string }>(
    `insert into public.payment_links (product_id, prospect_email, prospect_name, created_by, stripe_checkout_session_id)
     values ($1, $2, 'Test Buyer', $3, $4) returning id, token`,
    [product, email, createdBy, sessionId],
  );
  return { id: row!.id, token: row!.token, productId: product, email, sessionId };
}

export const eventId = () => `evt_test_${randomBytes(10).toString('hex')}`;

export function sessionObject(link: TestLink, overrides: Record<string, unknown> = {}) {
  return {
    id: link.sessionId,
    object: 'checkout.session',
    mode: 'payment',
    status: 'complete',
    payment_status: 'paid',
    amount_total: 99900,
    currency: 'usd',
    customer: null,
    customer_email: link.email,
    customer_details: { email: link.email, name: 'Test Buyer' },
    metadata: { payment_link_id: link.id, payment_link_token: link.token },
    payment_intent: `pi_${link.sessionId.slice(8)}`,
    ...overrides,
  };
}

export function stripeEvent(type: string, object: unknown, id = eventId()) {
  return {
    id,
    object: 'event',
    api_version: '2025-06-30.basil',
    created: Math.floor(Date.now() / 1000),
    type,
    data: { object },
    livemode: false,
  };
}

export function signature(payload: string, options: { secret?: string; timestamp?: number } = {}): string {
  return Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? config().stripe.webhookSecret,
    timestamp: options.timestamp,
  });
}

/** Posts an event to stripe-webhook through the gateway, signed unless a header is given. */
export async function deliver(
  event: unknown,
  options: { signatureHeader?: string | null; payload?: string } = {},
): Promise<FunctionAnswer> {
  const payload = options.payload ?? JSON.stringify(event);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const header = options.signatureHeader === undefined ? signature(payload) : options.signatureHeader;
  if (header !== null) headers['stripe-signature'] = header;
  const res = await fetch(`${config().apiUrl}/functions/v1/stripe-webhook`, { method: 'POST', headers, body: payload });
  const text = await res.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { text };
  }
  return { status: res.status, body, headers: res.headers };
}

export interface OrderRow {
  id: string;
  status: string;
  user_id: string;
  dossier_id: string | null;
  amount: number;
  currency: string;
  paid_at: string | null;
  stripe_payment_intent_id: string | null;
}

export const ordersOf = (linkId: string) =>
  q<OrderRow>('select * from public.orders where payment_link_id = $1 order by created_at', [linkId]);

export const processedEvent = (id: string) =>
  q<{ id: string; outcome: string }>('select id, outcome from payments.stripe_events where id = $1', [id]);
