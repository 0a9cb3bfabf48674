/**
 * payment-links through the gateway: who may create and cancel links, input validation (400 and
 * nothing stored), and the Checkout Session created on the local Stripe stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken, callFunction, closeDb, config, productId, q, unique } from './payments-helpers';

interface CreatedLink {
  id: string;
  token: string;
  url: string;
  stripe_checkout_session_id: string;
  expires_at: string | null;
}

let agentToken: string;
let llc: string;
let inactiveProduct: string;

const checkout = () => `http://127.0.0.1:${config().ports.checkout}`;
const linksFor = (email: string) => q('select id from public.payment_links where prospect_email = $1', [email]);

async function createLink(body: Record<string, unknown>, token: string | null = agentToken) {
  return callFunction<CreatedLink & { error?: string }>('payment-links', { token, body });
}

async function stripeSession(id: string) {
  const res = await fetch(`${checkout()}/v1/checkout/sessions/${id}`, { headers: { authorization: 'Bearer sk_test_local' } });
  return (await res.json()) as Record<string, unknown>;
}

async function checkoutAction(sessionId: string, action: string) {
  const res = await fetch(`${checkout()}/pay/${sessionId}/${action}`, { method: 'POST', headers: { accept: 'application/json' } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  agentToken = await accessToken('agent@example.com');
  llc = await productId('LLC_FORMATION');
  const code = unique('OFF')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '_');
  const [row] = await q<{ id: string }>(
    `insert into public.products (code, name, dossier_type, price_amount, active) values ($1, 'Retired product', 'LLC', 100, false) returning id`,
    [code],
  );
  inactiveProduct = row!.id;
});

afterAll(closeDb);

describe('payment-links: access', () => {
  it('401 without a token, and with only the anon key', async () => {
    const body = { product_id: llc, prospect_email: `${unique('p')}@example.test` };
    const none = await createLink(body, null);
    expect(none.status).toBe(401);
    expect(none.body.error).toMatch(/authorization/i);
    expect((await createLink(body, config().anonKey)).status).toBe(401);
    expect(await linksFor(body.prospect_email)).toEqual([]);
  });

  it('403 for a customer, a manager and a reviewer (only AGENT and ADMIN sell)', async () => {
    for (const email of ['customer@example.com', 'manager@example.com', 'reviewer@example.com']) {
      const body = { product_id: llc, prospect_email: `${unique('p')}@example.test` };
      const answer = await createLink(body, await accessToken(email));
      expect(answer.status, email).toBe(403);
      expect(answer.body.error).toBeTruthy();
      expect(await linksFor(body.prospect_email)).toEqual([]);
    }
  });

  it('403 for a deactivated agent, at once', async () => {
    const [agent2] = await q<{ id: string }>(`select id from public.agents where email = 'agent2@example.com'`);
    const token = await accessToken('agent2@example.com');
    await q('update public.agents set active = false where id = $1', [agent2!.id]);
    try {
      const answer = await createLink({ product_id: llc, prospect_email: `${unique('p')}@example.test` }, token);
      expect(answer.status).toBe(403);
    } finally {
      await q('update public.agents set active = true where id = $1', [agent2!.id]);
    }
  });
});

describe('payment-links: validation (400 with a clear message, nothing stored)', () => {
  const email = () => `${unique('p')}@example.test`;
  const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const cases: [string, () => Record<string, unknown>, RegExp][] = [
    ['missing product_id', () => ({ prospect_email: email() }), /product_id/],
    ['product_id not a UUID', () => ({ product_id: 'abc', prospect_email: email() }), /product_id must be a UUID/],
    ['unknown product', () => ({ product_id: '00000000-0000-4000-8000-000000000000', prospect_email: email() }), /no such product/],
    ['inactive product', () => ({ product_id: inactiveProduct, prospect_email: email() }), /not active/],
    ['missing e-mail', () => ({ product_id: llc }), /prospect_email/],
    ['invalid e-mail', () => ({ product_id: llc, prospect_email: 'not-an-email' }), /prospect_email/],
    [
      'expiry in the past',
      () => ({ product_id: llc, prospect_email: email(), expires_at: inMinutes(-5) }),
      /expires_at must be in the future/,
    ],
    ['expiry too soon for Stripe', () => ({ product_id: llc, prospect_email: email(), expires_at: inMinutes(10) }), /30 minutes/],
    ['expiry not a date', () => ({ product_id: llc, prospect_email: email(), expires_at: 'tomorrow' }), /expires_at/],
    ['name too long', () => ({ product_id: llc, prospect_email: email(), prospect_name: 'x'.repeat(500) }), /prospect_name/],
  ];

  it.each(cases)('%s', async (_label, makeBody, message) => {
    const body = makeBody();
    const answer = await createLink(body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(message);
    if (typeof body.prospect_email === 'string') expect(await linksFor(body.prospect_email)).toEqual([]);
  });

  it('rejects a body that is not JSON', async () => {
    const answer = await callFunction('payment-links', { token: agentToken, rawBody: '{oops' });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/JSON/);
  });

  it('rejects other methods and routes', async () => {
    expect((await callFunction('payment-links', { method: 'GET', token: agentToken })).status).toBe(405);
    expect((await callFunction('payment-links', { path: '/x/y/z', token: agentToken, body: {} })).status).toBe(404);
  });
});

describe('payment-links: creation and the local checkout', () => {
  it('stores the link and a Checkout Session for the product price, and answers { id, token, url }', async () => {
    const email = `${unique('Prospect')}@Example.TEST`;
    const expiresAt = new Date(Date.now() + 3 * 3600_000);
    const answer = await createLink({ product_id: llc, prospect_email: email, prospect_name: 'Pat', expires_at: expiresAt.toISOString() });
    expect(answer.status).toBe(201);
    const link = answer.body;
    expect(link.token).toMatch(/^[0-9a-f]{32}$/);
    expect(link.url).toBe(`${checkout()}/pay/${link.stripe_checkout_session_id}`);

    const [row] = await q('select * from public.payment_links where id = $1', [link.id]);
    expect(row).toMatchObject({
      token: link.token,
      prospect_email: email.toLowerCase(),
      prospect_name: 'Pat',
      stripe_checkout_session_id: link.stripe_checkout_session_id,
      product_id: llc,
      used_at: null,
    });
    const [created] = await q(
      `select actor_type, actor_id from public.events where entity_id = $1 and event_type = 'PAYMENT_LINK_CREATED'`,
      [link.id],
    );
    expect(created).toMatchObject({ actor_type: 'AGENT', actor_id: row!.created_by });

    const session = await stripeSession(link.stripe_checkout_session_id);
    expect(session).toMatchObject({
      status: 'open',
      amount_total: 99900,
      currency: 'usd',
      customer_email: email.toLowerCase(),
      metadata: { payment_link_id: link.id, payment_link_token: link.token },
      expires_at: Math.floor(expiresAt.getTime() / 1000),
    });
    expect(String(session.success_url)).toContain(config().siteUrl);

    const page = await fetch(link.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('$999.00');
  });

  it('pays on the local checkout: the signed webhook marks the order PAID; the link cannot be paid twice', async () => {
    const email = `${unique('buyer')}@example.test`;
    const { body: link } = await createLink({ product_id: llc, prospect_email: email });
    const paid = await checkoutAction(link.stripe_checkout_session_id, 'pay');
    expect(paid.status).toBe(200);
    const [order] = await q('select status, dossier_id from public.orders where payment_link_id = $1', [link.id]);
    expect(order?.status).toBe('PAID');
    expect(order?.dossier_id).not.toBeNull();
    expect((await checkoutAction(link.stripe_checkout_session_id, 'pay')).status).toBe(409);
  });

  it('the agent cancels their link: cancelled in the database, the session expired, no payment possible', async () => {
    const { body: link } = await createLink({ product_id: llc, prospect_email: `${unique('c')}@example.test` });
    const answer = await callFunction('payment-links', { path: `/${link.id}/cancel`, token: agentToken });
    expect(answer.status).toBe(200);
    expect(answer.body.cancelled_at).toBeTruthy();
    const [row] = await q('select cancelled_at, cancelled_by from public.payment_links where id = $1', [link.id]);
    expect(row?.cancelled_at).not.toBeNull();
    expect((await stripeSession(link.stripe_checkout_session_id)).status).toBe('expired');
    expect((await checkoutAction(link.stripe_checkout_session_id, 'pay')).status).toBe(409);
    // cancelling again is harmless
    expect((await callFunction('payment-links', { path: `/${link.id}/cancel`, token: agentToken })).status).toBe(200);
  });

  it('cancel: another agent gets 403, a manager may, a paid link gives 409, bad ids 400/404', async () => {
    const { body: link } = await createLink({ product_id: llc, prospect_email: `${unique('c')}@example.test` });
    const other = await callFunction('payment-links', { path: `/${link.id}/cancel`, token: await accessToken('agent2@example.com') });
    expect(other.status).toBe(403);
    const manager = await callFunction('payment-links', { path: `/${link.id}/cancel`, token: await accessToken('manager@example.com') });
    expect(manager.status).toBe(200);

    const { body: paidLink } = await createLink({ product_id: llc, prospect_email: `${unique('c')}@example.test` });
    await checkoutAction(paidLink.stripe_checkout_session_id, 'pay');
    const paid = await callFunction('payment-links', { path: `/${paidLink.id}/cancel`, token: agentToken });
    expect(paid.status).toBe(409);
    expect(paid.body.error).toMatch(/refund/);

    expect((await callFunction('payment-links', { path: '/not-a-uuid/cancel', token: agentToken })).status).toBe(400);
    expect((await callFunction('payment-links', { path: '/00000000-0000-4000-8000-000000000000/cancel', token: agentToken })).status).toBe(
      404,
    );
  });

  it('gives the payable checkout URL of a link at any time, a new session once the old one expired', async () => {
    const { body: link } = await createLink({ product_id: llc, prospect_email: `${unique('u')}@example.test` });
    const url = (token: string) =>
      callFunction<{ url: string; stripe_checkout_session_id: string; error?: string }>('payment-links', {
        path: `/${link.id}/checkout`,
        token,
      });
    const own = await url(agentToken);
    expect(own.status).toBe(200);
    expect(own.body.url).toBe(link.url);
    expect((await url(await accessToken('manager@example.com'))).body.url).toBe(link.url);
    expect((await url(await accessToken('agent2@example.com'))).status).toBe(404); // not their link

    expect((await checkoutAction(link.stripe_checkout_session_id, 'expire')).status).toBe(200);
    const renewed = await url(agentToken);
    expect(renewed.status).toBe(200);
    expect(renewed.body.stripe_checkout_session_id).not.toBe(link.stripe_checkout_session_id);
    expect((await stripeSession(renewed.body.stripe_checkout_session_id)).status).toBe('open');
    const [row] = await q('select stripe_checkout_session_id from public.payment_links where id = $1', [link.id]);
    expect(row?.stripe_checkout_session_id).toBe(renewed.body.stripe_checkout_session_id);

    await checkoutAction(renewed.body.stripe_checkout_session_id, 'pay');
    const paid = await url(agentToken);
    expect(paid.status).toBe(409);
    expect(paid.body.error).toMatch(/already been paid/);
  });
});
