/**
 * The local Stripe stand-in, driven by the real Stripe SDK as the functions drive it (host/port
 * options), and its checkout page.
 */
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { getStack } from '../../testing/context';
import { signPayload } from './webhook-sender';

const stack = getStack();
const stripe = new Stripe('sk_test_local_stand_in', {
  host: '127.0.0.1',
  port: stack.ports.checkout,
  protocol: 'http',
  maxNetworkRetries: 0,
});
const base = `http://127.0.0.1:${stack.ports.checkout}`;

const inHours = (hours: number) => Math.floor(Date.now() / 1000) + hours * 3600;

function createSession(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    customer_email: 'someone@example.test',
    line_items: [{ price_data: { currency: 'eur', unit_amount: 1234, product_data: { name: 'Widget' } }, quantity: 2 }],
    metadata: { payment_link_id: 'x' },
    success_url: 'http://example.test/ok?session={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://example.test/cancel',
    ...overrides,
  });
}

describe('local Stripe stand-in: API', () => {
  it('creates, retrieves and expires a Checkout Session like Stripe', async () => {
    const session = await createSession({ expires_at: inHours(2) });
    expect(session).toMatchObject({
      object: 'checkout.session',
      status: 'open',
      payment_status: 'unpaid',
      amount_total: 2468,
      currency: 'eur',
      customer_email: 'someone@example.test',
      metadata: { payment_link_id: 'x' },
      url: `${base}/pay/${session.id}`,
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect(expired.status).toBe('expired');
    await expect(stripe.checkout.sessions.expire(session.id)).rejects.toThrow(/expired/);
  });

  it('answers Stripe errors for bad requests', async () => {
    await expect(createSession({ line_items: [{ price: 'price_unknown', quantity: 1 }] })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 400,
      message: "No such price: 'price_unknown'",
    });
    await expect(createSession({ expires_at: inHours(25) })).rejects.toMatchObject({ param: 'expires_at' });
    await expect(createSession({ expires_at: Math.floor(Date.now() / 1000) + 600 })).rejects.toMatchObject({ param: 'expires_at' });
    await expect(stripe.checkout.sessions.retrieve('cs_test_nope')).rejects.toMatchObject({ statusCode: 404 });
    await expect(stripe.refunds.create({ payment_intent: 'pi_nope' })).rejects.toMatchObject({ statusCode: 400 });
    await expect(stripe.customers.create({ email: 'a@b.co' })).rejects.toMatchObject({ statusCode: 404 });
  });

  it('signs events the way Stripe does: the SDK verifies them with the shared secret only', () => {
    const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'x', data: { object: {} } });
    const header = signPayload(payload, stack.stripe.webhookSecret);
    expect(Stripe.webhooks.constructEvent(payload, header, stack.stripe.webhookSecret).id).toBe('evt_1');
    expect(() => Stripe.webhooks.constructEvent(payload, header, 'whsec_other')).toThrow();
  });
});

describe('local Stripe stand-in: checkout page', () => {
  it('shows the product, the amount and the actions of an open session; 404 for an unknown one', async () => {
    const session = await createSession();
    const page = await (await fetch(session.url!)).text();
    expect(page).toContain('Widget');
    expect(page).toContain('€24.68');
    for (const action of ['pay', 'decline', 'pay-async', 'expire']) expect(page).toContain(`/pay/${session.id}/${action}`);
    expect((await fetch(`${base}/pay/cs_test_unknown`)).status).toBe(404);
  });

  it('expiring from the page leaves the session unpayable', async () => {
    const session = await createSession();
    const expire = await fetch(`${session.url}/expire`, { method: 'POST', headers: { accept: 'application/json' } });
    expect(expire.status).toBe(200);
    const pay = await fetch(`${session.url}/pay`, { method: 'POST', headers: { accept: 'application/json' } });
    expect(pay.status).toBe(409);
    expect(await (await fetch(session.url!)).text()).toContain('expired');
  });
});
