/**
 * Payment guarantees of issue 10 ("Why" 7 and 8) through the real Edge Functions: a webhook event
 * that fails in SQL leaves no auth user behind; a partial refund is not a full REFUNDED; a
 * payment on a cancelled link does not mark it used; reminders are not sent for expired links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFunctions, type FunctionsService } from '../../stack/services/functions/index';
import { freePorts } from '../../stack/testing/free-ports';
import { closeDb, config, deliver, insertLink, ordersOf, q, sessionObject, stripeEvent, type TestLink } from './payments-helpers';

const CRON_SECRET = 'rules-test-cron-secret';
let reminders: FunctionsService;

beforeAll(async () => {
  const ports = await freePorts();
  reminders = await startFunctions(
    { ...config(), cronSecret: CRON_SECRET, ports: { ...config().ports, functions: ports.functions } },
    { log: () => {} },
  );
});
afterAll(async () => {
  await reminders?.stop();
  await closeDb();
});

const usersWithEmail = (email: string) => q<{ id: string }>('select id from auth.users where lower(email) = lower($1)', [email]);

/** Makes the PAYMENT_RECEIVED event of this link fail (after every other write of the sale). */
async function failingPaymentEvents(link: TestLink): Promise<() => Promise<void>> {
  const name = `rules_test_fail_${link.id.replaceAll('-', '')}`;
  await q(`create function public.${name}() returns trigger language plpgsql as $$
    begin
      if new.event_type = 'PAYMENT_RECEIVED' and new.payload ->> 'payment_link_id' = '${link.id}' then
        raise exception 'simulated database failure';
      end if;
      return new;
    end $$`);
  await q(`create trigger ${name} before insert on public.events for each row execute function public.${name}()`);
  return async () => {
    await q(`drop trigger if exists ${name} on public.events`);
    await q(`drop function if exists public.${name}()`);
  };
}

describe('a webhook event that fails in SQL leaves nothing', () => {
  it('no auth user for a new customer, and the retry creates the customer once', async () => {
    const link = await insertLink();
    expect(await usersWithEmail(link.email)).toEqual([]);
    const restore = await failingPaymentEvents(link);
    const event = stripeEvent('checkout.session.completed', sessionObject(link));
    try {
      expect((await deliver(event)).status).toBe(500);
      expect(await ordersOf(link.id)).toEqual([]);
      expect(await usersWithEmail(link.email)).toEqual([]);
    } finally {
      await restore();
    }
    expect((await deliver(event)).body).toMatchObject({ outcome: 'processed', status: 'PAID' });
    const users = await usersWithEmail(link.email);
    expect(users).toHaveLength(1);
    expect(await q('select id from public.profiles where id = $1', [users[0]!.id])).toHaveLength(1);
  });

  it('keeps an existing customer when their event fails', async () => {
    const first = await insertLink();
    await deliver(stripeEvent('checkout.session.completed', sessionObject(first)));
    const [customer] = await usersWithEmail(first.email);
    const second = await insertLink({ email: first.email });
    const restore = await failingPaymentEvents(second);
    try {
      expect((await deliver(stripeEvent('checkout.session.completed', sessionObject(second)))).status).toBe(500);
    } finally {
      await restore();
    }
    expect(await usersWithEmail(first.email)).toEqual([customer]);
  });
});

/** A paid order of a new link, through the webhook. */
async function paidOrder() {
  const link = await insertLink();
  const session = sessionObject(link);
  await deliver(stripeEvent('checkout.session.completed', session));
  const [order] = await ordersOf(link.id);
  expect(order?.status).toBe('PAID');
  return { link, session, order: order! };
}

describe('refunds', () => {
  it('a partial refund is recorded as an event, the order stays PAID', async () => {
    const { link, session, order } = await paidOrder();
    const charge = {
      id: 'ch_partial',
      object: 'charge',
      payment_intent: session.payment_intent,
      amount: order.amount,
      amount_refunded: 100,
      refunded: false,
      currency: 'usd',
      metadata: { payment_link_id: link.id },
    };
    const answer = await deliver(stripeEvent('charge.refunded', charge));
    expect(answer.body).toMatchObject({ outcome: 'processed', status: 'PAID' });
    const [row] = await q<{ status: string; refunded_at: Date | null }>('select status, refunded_at from public.orders where id = $1', [
      order.id,
    ]);
    expect(row).toEqual({ status: 'PAID', refunded_at: null });
    const events = await q<{ payload: { partial?: boolean; amount_refunded?: number } }>(
      `select payload from public.events where entity_id = $1 and event_type = 'PAYMENT_REFUNDED'`,
      [order.id],
    );
    expect(events.map((e) => [e.payload.partial, e.payload.amount_refunded])).toEqual([[true, 100]]);

    const full = await deliver(stripeEvent('charge.refunded', { ...charge, amount_refunded: order.amount, refunded: true }));
    expect(full.body).toMatchObject({ status: 'REFUNDED' });
  });
});

describe('cancelled links', () => {
  it('a payment arriving on a cancelled link does not mark the link used', async () => {
    const link = await insertLink();
    await q('update public.payment_links set cancelled_at = now() where id = $1', [link.id]);
    const answer = await deliver(stripeEvent('checkout.session.completed', sessionObject(link)));
    expect(answer.status).toBeLessThan(500);
    const [row] = await q<{ used_at: Date | null; used_by: string | null; cancelled_at: Date | null }>(
      'select used_at, used_by, cancelled_at from public.payment_links where id = $1',
      [link.id],
    );
    expect(row?.used_at).toBeNull();
    expect(row?.used_by).toBeNull();
    expect(row?.cancelled_at).not.toBeNull();
  });
});

describe('payment reminders', () => {
  const run = async (orderIds: string[]) => {
    const res = await fetch(`${reminders.url}/payment-reminders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${CRON_SECRET}`, 'content-type': 'application/json' },
      body: JSON.stringify({ order_ids: orderIds }),
    });
    return (await res.json()) as { sent: number };
  };

  it('are not sent for an unpaid order whose link has expired, and are for one still payable', async () => {
    const pending = async () => {
      const link = await insertLink();
      await deliver(stripeEvent('checkout.session.completed', sessionObject(link, { payment_status: 'unpaid' })));
      const [order] = await ordersOf(link.id);
      expect(order?.status).toBe('PENDING');
      return { link, order: order! };
    };
    const expired = await pending();
    await q(
      `update public.payment_links set created_at = now() - interval '3 days', expires_at = now() - interval '1 hour' where id = $1`,
      [expired.link.id],
    );
    expect((await run([expired.order.id])).sent).toBe(0);
    expect(await q('select id from public.payment_reminders where order_id = $1', [expired.order.id])).toEqual([]);

    const payable = await pending();
    expect((await run([payable.order.id])).sent).toBe(1);
  });
});
