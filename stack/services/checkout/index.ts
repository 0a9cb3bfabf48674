/**
 * Local Stripe stand-in, used when no STRIPE_SECRET_KEY is configured. On ports.checkout it serves
 * - the Stripe API calls the Edge Functions make (/v1/...; the functions' Stripe client points here
 *   through STRIPE_API_BASE), and
 * - a checkout page per session (/pay/<session id>) whose buttons pay, decline, pay asynchronously
 *   or expire the session, sending correctly signed events to the stripe-webhook function through
 *   the gateway, so the whole sale runs offline through the real signature verification.
 * Actions also answer JSON (`Accept: application/json`) for tests.
 */
import http from 'node:http';
import type { StackConfig } from '../../config.ts';
import { BodyTooLargeError, closeServer, listen, MiB, readText, sendJson } from '../http.ts';
import type { RunningService } from '../types.ts';
import { renderCheckoutPage, renderDeliveryFailure, renderNotFound } from './checkout-page.ts';
import { type CheckoutAction, CheckoutConflict, CheckoutPayments } from './payments.ts';
import { answerStripeApi, StripeApi } from './stripe-api.ts';
import { CheckoutStore } from './store.ts';

const ACTIONS: CheckoutAction[] = ['pay', 'pay-async', 'async-succeed', 'async-fail', 'decline', 'expire'];

/** Stripe API calls and checkout form posts are a few kilobytes. */
const MAX_BODY_BYTES = 1 * MiB;

export function checkoutUrl(config: StackConfig): string {
  return `http://${config.host}:${config.ports.checkout}`;
}

export async function startCheckout(config: StackConfig): Promise<RunningService> {
  const base = checkoutUrl(config);
  if (config.stripe.secretKey) {
    // Real Stripe (test keys): nothing to stand in for.
    return { name: 'checkout (Stripe)', stop: async () => {} };
  }
  const store = new CheckoutStore(config.dataDir);
  const payments = new CheckoutPayments(config, store);
  const api = new StripeApi(config, store, payments, base);

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    const body = await readText(req, MAX_BODY_BYTES);
    if (url.pathname.startsWith('/v1/')) return answerStripeApi(api, req, res, body);
    const wantsJson = (req.headers.accept ?? '').includes('application/json');
    const html = (status: number, page: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    };
    const json = (status: number, payload: unknown) => sendJson(res, status, payload);
    const match = /^\/pay\/([^/]+)(?:\/([a-z-]+))?$/.exec(url.pathname);
    const id = match?.[1];
    const session = id ? store.getSession(id) : undefined;
    if (!id || !session) return wantsJson ? json(404, { error: 'No such checkout session' }) : html(404, renderNotFound(id ?? ''));
    const action = match[2] as CheckoutAction | undefined;
    if (!action && req.method === 'GET') {
      const current = await payments.refresh(session);
      return wantsJson ? json(200, current) : html(200, renderCheckoutPage(current));
    }
    if (!action || req.method !== 'POST' || !ACTIONS.includes(action)) {
      return wantsJson ? json(404, { error: 'Unknown action' }) : html(404, renderNotFound(id));
    }
    try {
      const name = new URLSearchParams(body).get('name') ?? undefined;
      const result = await payments.act(id, action, name);
      const failed = result.deliveries.find((delivery) => !delivery.ok);
      if (wantsJson) return json(failed ? 502 : 200, result);
      if (failed) return html(502, renderDeliveryFailure(result.session, failed.status, failed.body));
      const target = action === 'pay' || action === 'pay-async' ? result.session.success_url : null;
      if (target) {
        res.writeHead(303, { location: target.replaceAll('{CHECKOUT_SESSION_ID}', result.session.id) });
        return res.end();
      }
      const messages: Partial<Record<CheckoutAction, string>> = { decline: 'Your card was declined.' };
      return html(200, renderCheckoutPage(result.session, messages[action] ? { text: messages[action]! } : undefined));
    } catch (error) {
      if (!(error instanceof CheckoutConflict)) throw error;
      return wantsJson ? json(409, { error: error.message }) : html(409, renderCheckoutPage(session, { text: error.message }));
    }
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(error instanceof BodyTooLargeError ? 413 : 500, { 'content-type': 'text/plain' });
      res.end(`checkout stand-in error: ${error.message}`);
    });
  });
  await listen(server, config.ports.checkout, config.host).catch((error: Error) => {
    throw new Error(`checkout: cannot listen on ${config.host}:${config.ports.checkout}: ${error.message}`);
  });
  return {
    name: 'checkout',
    url: base,
    stop: () => closeServer(server),
  };
}
