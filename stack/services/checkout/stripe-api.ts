/**
 * The part of the Stripe API the Edge Functions call, answered locally (Stripe's JSON shapes and
 * error format): create / retrieve / expire Checkout Sessions, create refunds.
 */
import type http from 'node:http';
import pg from 'pg';
import type { StackConfig } from '../../config.ts';
import { type FormObject, type FormValue, parseStripeForm } from './form.ts';
import { CheckoutConflict, type CheckoutPayments } from './payments.ts';
import { type CheckoutSession, type CheckoutStore, publicSession, stripeId } from './store.ts';
import { sendJson } from '../http.ts';

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly param?: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const str = (value: FormValue | undefined): string | undefined => (typeof value === 'string' ? value : undefined);
const obj = (value: FormValue | undefined): FormObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
const strings = (value: FormValue | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(obj(value)).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

interface LinePrice {
  amount: number;
  currency: string;
  name: string;
}

export class StripeApi {
  constructor(
    private readonly config: StackConfig,
    private readonly store: CheckoutStore,
    private readonly payments: CheckoutPayments,
    private readonly pageBase: string,
  ) {}

  /** A `price` id is looked up in the products table: the local "Stripe account" is our catalog. */
  private async priceOf(item: FormObject): Promise<LinePrice> {
    const priceId = str(item.price);
    if (priceId) {
      const client = new pg.Client({ connectionString: this.config.dbUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ price_amount: number; currency: string; name: string }>(
          'select price_amount, currency, name from public.products where stripe_price_id = $1 limit 1',
          [priceId],
        );
        const row = rows[0];
        if (!row) throw new StripeApiError(400, `No such price: '${priceId}'`, 'line_items[0][price]', 'resource_missing');
        return { amount: row.price_amount, currency: row.currency.toLowerCase(), name: row.name };
      } finally {
        await client.end();
      }
    }
    const data = obj(item.price_data);
    const amount = Number(str(data.unit_amount));
    const currency = str(data.currency);
    if (!Number.isInteger(amount) || amount < 0 || !currency) {
      throw new StripeApiError(400, 'You must specify either `price` or `price_data` with `unit_amount` and `currency`.', 'line_items[0]');
    }
    return { amount, currency: currency.toLowerCase(), name: str(obj(data.product_data).name) ?? 'Product' };
  }

  private async createSession(params: FormObject): Promise<CheckoutSession> {
    if (str(params.mode) !== 'payment') throw new StripeApiError(400, 'The local stand-in supports mode=payment only.', 'mode');
    if (!str(params.success_url)) throw new StripeApiError(400, 'Missing required param: success_url.', 'success_url');
    const items = Array.isArray(params.line_items) ? params.line_items : [];
    if (items.length === 0) throw new StripeApiError(400, 'Missing required param: line_items.', 'line_items');
    const created = Math.floor(Date.now() / 1000);
    const expiresAt = str(params.expires_at) ? Number(str(params.expires_at)) : created + 24 * 3600;
    if (!Number.isInteger(expiresAt) || expiresAt < created + 30 * 60 - 5 || expiresAt > created + 24 * 3600 + 5) {
      throw new StripeApiError(400, 'The `expires_at` timestamp must be between 30 minutes and 24 hours from now.', 'expires_at');
    }
    let total = 0;
    let currency = '';
    const names: string[] = [];
    for (const raw of items) {
      const item = obj(raw);
      const price = await this.priceOf(item);
      const quantity = Number(str(item.quantity) ?? '1');
      if (!Number.isInteger(quantity) || quantity < 1) throw new StripeApiError(400, 'Invalid quantity.', 'line_items[0][quantity]');
      if (currency && currency !== price.currency) throw new StripeApiError(400, 'All line items must share one currency.', 'line_items');
      currency = price.currency;
      total += price.amount * quantity;
      names.push(price.name);
    }
    const id = stripeId('cs_test');
    return this.store.putSession({
      id,
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_subtotal: total,
      amount_total: total,
      currency,
      customer: null,
      customer_email: str(params.customer_email) ?? null,
      customer_details: null,
      metadata: strings(params.metadata),
      payment_intent: null,
      success_url: str(params.success_url) ?? null,
      cancel_url: str(params.cancel_url) ?? null,
      url: `${this.pageBase}/pay/${id}`,
      expires_at: expiresAt,
      created,
      livemode: false,
      _product_name: names.join(', '),
      _payment_intent_metadata: strings(obj(params.payment_intent_data).metadata),
    });
  }

  private session(id: string): CheckoutSession {
    const session = this.store.getSession(id);
    if (!session) throw new StripeApiError(404, `No such checkout.session: '${id}'`, 'session', 'resource_missing');
    return session;
  }

  /** Answers one /v1 request with a JSON body, or throws StripeApiError. */
  async handle(method: string, pathname: string, body: string): Promise<unknown> {
    const params = parseStripeForm(body);
    try {
      if (method === 'POST' && pathname === '/v1/checkout/sessions') return publicSession(await this.createSession(params));
      const match = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(pathname);
      if (match?.[1] && !match[2] && method === 'GET') {
        return publicSession(await this.payments.refresh(this.session(match[1])));
      }
      if (match?.[1] && match[2] && method === 'POST') {
        this.session(match[1]);
        return publicSession((await this.payments.act(match[1], 'expire')).session);
      }
      if (method === 'POST' && pathname === '/v1/refunds') {
        const intent = str(params.payment_intent);
        if (!intent) throw new StripeApiError(400, 'Missing required param: payment_intent.', 'payment_intent');
        const amount = str(params.amount) === undefined ? undefined : Number(str(params.amount));
        return this.payments.refund(intent, amount, str(params.reason) ?? null, strings(params.metadata));
      }
    } catch (error) {
      if (error instanceof CheckoutConflict) throw new StripeApiError(400, error.message);
      throw error;
    }
    throw new StripeApiError(404, `Unrecognized request URL (${method}: ${pathname}). The local Stripe stand-in does not implement it.`);
  }
}

export async function answerStripeApi(api: StripeApi, req: http.IncomingMessage, res: http.ServerResponse, body: string) {
  const url = new URL(req.url ?? '/', 'http://stripe.local');
  const send = (status: number, payload: unknown) => sendJson(res, status, payload, { 'request-id': stripeId('req') });
  try {
    send(200, await api.handle(req.method ?? 'GET', url.pathname, body));
  } catch (error) {
    if (error instanceof StripeApiError) {
      send(error.status, { error: { type: 'invalid_request_error', message: error.message, param: error.param, code: error.code } });
    } else {
      send(500, { error: { type: 'api_error', message: (error as Error).message } });
    }
  }
}
