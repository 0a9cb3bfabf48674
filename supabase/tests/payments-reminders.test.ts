/**
 * payment-reminders: the cron secret (refused when unset), cadence and maximum count, overlapping
 * runs, the e-mail with its tracked link, and "send now". The test stack runs without CRON_SECRET,
 * so a second functions host with a secret serves the scheduled runs here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFunctions, type FunctionsService } from '../../stack/services/functions/index';
import { extractLinks, waitForMail } from '../../stack/services/mail/client';
import { freePorts } from '../../stack/testing/free-ports';
import {
  accessToken,
  callFunction,
  closeDb,
  config,
  deliver,
  insertLink,
  ordersOf,
  productId,
  q,
  sessionObject,
  stripeEvent,
  unique,
} from './payments-helpers';

const CRON_SECRET = 'reminders-test-cron-secret';
let host: FunctionsService;
let base: string;

beforeAll(async () => {
  const ports = await freePorts();
  host = await startFunctions(
    { ...config(), cronSecret: CRON_SECRET, ports: { ...config().ports, functions: ports.functions } },
    { log: () => {} },
  );
  base = host.url!;
});

afterAll(async () => {
  await host?.stop();
  await closeDb();
});

async function run(orderIds: string[] | undefined, secret: string | null = CRON_SECRET) {
  const res = await fetch(`${base}/payment-reminders`, {
    method: 'POST',
    headers: {
      ...(secret === null ? {} : { authorization: `Bearer ${secret}` }),
      ...(orderIds ? { 'content-type': 'application/json' } : {}),
    },
    body: orderIds ? JSON.stringify({ order_ids: orderIds }) : undefined,
  });
  return { status: res.status, body: (await res.json()) as { sent: number; failed: number; error?: string } };
}

/** An unpaid order (asynchronous payment still pending) of a new customer. */
async function pendingOrder() {
  const link = await insertLink();
  await deliver(stripeEvent('checkout.session.completed', sessionObject(link, { payment_status: 'unpaid' })));
  const [order] = await ordersOf(link.id);
  expect(order?.status).toBe('PENDING');
  return { link, order: order! };
}

const remindersOf = (orderId: string) =>
  q<{ id: string; sent_at: Date; clicked_at: Date | null; sent_via: string; user_id: string }>(
    'select * from public.payment_reminders where order_id = $1 order by sent_at',
    [orderId],
  );
const backdate = (orderId: string, hours: number) =>
  q(`update public.payment_reminders set sent_at = sent_at - make_interval(hours => $2) where order_id = $1`, [orderId, hours]);

describe('payment-reminders: the cron secret', () => {
  it('refuses every call when no CRON_SECRET is configured (the test stack has none)', async () => {
    for (const token of [null, 'undefined', 'anything']) {
      const answer = await callFunction('payment-reminders', { token });
      expect(answer.status).toBe(503);
      expect(answer.body.error).toMatch(/CRON_SECRET/);
    }
  });

  it('refuses a missing or wrong secret with 401 and sends nothing', async () => {
    const { order } = await pendingOrder();
    expect((await run([order.id], null)).status).toBe(401);
    expect((await run([order.id], 'wrong')).status).toBe(401);
    expect((await run([order.id], `${CRON_SECRET}x`)).status).toBe(401);
    expect(await remindersOf(order.id)).toEqual([]);
  });

  it('rejects a malformed order_ids list with 400', async () => {
    const res = await fetch(`${base}/payment-reminders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${CRON_SECRET}`, 'content-type': 'application/json' },
      body: JSON.stringify({ order_ids: ['nope'] }),
    });
    expect(res.status).toBe(400);
  });
});

describe('payment-reminders: cadence and count', () => {
  it('e-mails a reminder with a tracked link, at most once per cadence window, at most 3 times', async () => {
    const { link, order } = await pendingOrder();
    const since = new Date(Date.now() - 1000);
    expect((await run([order.id])).body).toMatchObject({ sent: 1, failed: 0 });
    const [reminder] = await remindersOf(order.id);
    expect(reminder).toMatchObject({ sent_via: 'EMAIL', user_id: order.user_id, clicked_at: null });
    const mail = await waitForMail(config().mailWebUrl, { to: link.email, subjectIncludes: 'Payment reminder', since });
    expect(mail.Text).toContain('$999.00');
    const tracked = extractLinks(mail).find((url) => url.includes('/payment-reminders/click/'));
    expect(tracked).toBe(`${config().apiUrl}/functions/v1/payment-reminders/click/${reminder!.id}`);
    const events = await q(`select payload from public.events where entity_id = $1 and event_type = 'PAYMENT_REMINDER_SENT'`, [order.id]);
    expect(events).toHaveLength(1);

    expect((await run([order.id])).body.sent).toBe(0); // inside the 48 h window
    await backdate(order.id, 47);
    expect((await run([order.id])).body.sent).toBe(0);
    await backdate(order.id, 2);
    expect((await run([order.id])).body.sent).toBe(1);
    await backdate(order.id, 49);
    expect((await run([order.id])).body.sent).toBe(1);
    await backdate(order.id, 49);
    expect((await run([order.id])).body.sent).toBe(0); // maximum of 3 reached
    expect(await remindersOf(order.id)).toHaveLength(3);
  });

  it('does not remind paid orders, or orders whose link was cancelled', async () => {
    const paid = await pendingOrder();
    await deliver(stripeEvent('checkout.session.async_payment_succeeded', sessionObject(paid.link)));
    const cancelled = await pendingOrder();
    await q('update public.payment_links set cancelled_at = now() where id = $1', [cancelled.link.id]);
    expect((await run([paid.order.id, cancelled.order.id])).body.sent).toBe(0);
  });

  it('reminds a suspended customer with a failed payment', async () => {
    const link = await insertLink();
    const intent = {
      id: `pi_${link.sessionId}`,
      object: 'payment_intent',
      amount: 99900,
      currency: 'usd',
      metadata: { payment_link_id: link.id },
    };
    await deliver(stripeEvent('payment_intent.payment_failed', intent));
    const [order] = await ordersOf(link.id);
    await q(`update public.profiles set status = 'SUSPENDED' where id = $1`, [order!.user_id]);
    expect((await run([order!.id])).body.sent).toBe(1);
  });

  it('overlapping runs never send the same reminder twice', async () => {
    const orders = await Promise.all(Array.from({ length: 4 }, () => pendingOrder()));
    const ids = orders.map((o) => o.order.id);
    const runs = await Promise.all(Array.from({ length: 6 }, () => run(ids)));
    expect(runs.map((r) => r.status)).toEqual(Array(6).fill(200));
    expect(runs.reduce((sum, r) => sum + r.body.sent, 0)).toBe(4);
    for (const id of ids) expect(await remindersOf(id)).toHaveLength(1);
  });
});

describe('payment-reminders: tracked link and send-now', () => {
  it('the tracked link records the click and redirects to a payable checkout, a new one once the session expired', async () => {
    const agent = await accessToken('agent@example.com');
    const created = await callFunction<{ id: string; url: string; stripe_checkout_session_id: string }>('payment-links', {
      token: agent,
      body: { product_id: await productId(), prospect_email: `${unique('click')}@example.test` },
    });
    const checkout = `http://127.0.0.1:${config().ports.checkout}`;
    const act = (session: string, action: string) =>
      fetch(`${checkout}/pay/${session}/${action}`, { method: 'POST', headers: { accept: 'application/json' } });
    // A declined card: the order is FAILED and the session stays open.
    expect((await act(created.body.stripe_checkout_session_id, 'decline')).status).toBe(200);
    const [order] = await ordersOf(created.body.id);
    expect(order?.status).toBe('FAILED');
    expect((await run([order!.id])).body.sent).toBe(1);
    const [reminder] = await remindersOf(order!.id);

    const click = await callFunction('payment-reminders', { method: 'GET', path: `/click/${reminder!.id}`, token: null });
    expect(click.status).toBe(302);
    expect(click.headers.get('location')).toBe(created.body.url);
    const [clicked] = await remindersOf(order!.id);
    expect(clicked?.clicked_at).not.toBeNull();

    expect((await act(created.body.stripe_checkout_session_id, 'expire')).status).toBe(200);
    const again = await callFunction('payment-reminders', { method: 'GET', path: `/click/${reminder!.id}`, token: null });
    expect(again.status).toBe(302);
    const [link] = await q<{ stripe_checkout_session_id: string }>(
      'select stripe_checkout_session_id from public.payment_links where id = $1',
      [created.body.id],
    );
    expect(link!.stripe_checkout_session_id).not.toBe(created.body.stripe_checkout_session_id);
    expect(again.headers.get('location')).toBe(`${checkout}/pay/${link!.stripe_checkout_session_id}`);
    expect((await act(link!.stripe_checkout_session_id, 'pay')).status).toBe(200);
    expect((await ordersOf(created.body.id))[0]?.status).toBe('PAID');

    const gone = await callFunction('payment-reminders', { method: 'GET', path: `/click/${reminder!.id}`, token: null });
    expect(gone.status).toBe(410);
    expect(
      (await callFunction('payment-reminders', { method: 'GET', path: '/click/00000000-0000-4000-8000-000000000000', token: null })).status,
    ).toBe(404);
  });

  it('send-now: a manager sends one at once despite the cadence; an agent may not', async () => {
    const { order } = await pendingOrder();
    expect((await run([order.id])).body.sent).toBe(1);
    const manager = await accessToken('manager@example.com');
    const tooSoon = await callFunction('payment-reminders', { path: '/send-now', token: manager, body: { order_id: order.id } });
    expect(tooSoon.status).toBe(409);
    await backdate(order.id, 1);
    const now = await callFunction('payment-reminders', { path: '/send-now', token: manager, body: { order_id: order.id } });
    expect(now.status).toBe(200);
    expect(now.body.sent).toBe(1);
    const agent = await accessToken('agent@example.com');
    expect((await callFunction('payment-reminders', { path: '/send-now', token: agent, body: { order_id: order.id } })).status).toBe(403);
    expect((await callFunction('payment-reminders', { path: '/send-now', token: manager, body: { order_id: 'x' } })).status).toBe(400);
  });
});
