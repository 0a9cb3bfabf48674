/**
 * stripe-webhook against the running test stack: signatures, idempotency under concurrency,
 * out-of-order delivery, and atomicity when the database fails in the middle of an event.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, deliver, insertLink, ordersOf, processedEvent, q, sessionObject, signature, stripeEvent } from './payments-helpers';

afterAll(closeDb);

async function nothingWrittenFor(linkId: string, evtId: string) {
  expect(await ordersOf(linkId)).toEqual([]);
  expect(await processedEvent(evtId)).toEqual([]);
  const [link] = await q<{ used_at: string | null }>('select used_at from public.payment_links where id = $1', [linkId]);
  expect(link?.used_at).toBeNull();
}

describe('stripe-webhook signature verification', () => {
  it('applies a correctly signed checkout.session.completed: order PAID, link used, dossier opened with its steps, events', async () => {
    const link = await insertLink();
    const event = stripeEvent('checkout.session.completed', sessionObject(link));
    const answer = await deliver(event);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ received: true, outcome: 'processed', status: 'PAID' });

    const [order] = await ordersOf(link.id);
    expect(order).toMatchObject({ status: 'PAID', amount: 99900, currency: 'USD' });
    expect(order!.paid_at).not.toBeNull();
    const [profile] = await q('select status, email from public.profiles where id = $1', [order!.user_id]);
    expect(profile).toMatchObject({ status: 'ACTIVE', email: link.email });
    const [user] = await q('select email from auth.users where id = $1', [order!.user_id]);
    expect(user?.email).toBe(link.email);
    const [used] = await q('select used_at, used_by from public.payment_links where id = $1', [link.id]);
    expect(used?.used_by).toBe(order!.user_id);

    const [dossier] = await q('select * from public.dossiers where id = $1', [order!.dossier_id]);
    expect(dossier).toMatchObject({ user_id: order!.user_id, type: 'LLC', status: 'QUALIFICATION', product_id: link.productId });
    const steps = await q<{ id: string; status: string; position: number }>(
      `select si.id, si.status, ps.position from public.step_instances si
       join public.product_steps ps on ps.step_id = si.step_id and ps.product_id = $2
       where si.dossier_id = $1 order by ps.position`,
      [order!.dossier_id, link.productId],
    );
    const [{ count: workflowLength }] = (await q<{ count: string }>('select count(*) from public.product_steps where product_id = $1', [
      link.productId,
    ])) as [{ count: string }];
    expect(steps).toHaveLength(Number(workflowLength));
    expect(steps.map((s) => s.status)).toEqual(['IN_PROGRESS', ...steps.slice(1).map(() => 'PENDING')]);
    expect(dossier?.current_step_instance_id).toBe(steps[0]!.id);

    const events = await q<{ event_type: string }>(
      `select event_type from public.events where entity_id in ($1, $2) order by created_at, event_type`,
      [order!.id, order!.dossier_id],
    );
    expect(events.map((e) => e.event_type).sort()).toEqual(['DOSSIER_CREATED', 'PAYMENT_RECEIVED']);
    expect(await processedEvent(event.id)).toEqual([{ id: event.id, outcome: 'processed' }]);
  });

  it('refuses an event without a Stripe-Signature header (400, nothing written)', async () => {
    const link = await insertLink();
    const event = stripeEvent('checkout.session.completed', sessionObject(link));
    const answer = await deliver(event, { signatureHeader: null });
    expect(answer.status).toBe(400);
    expect(String(answer.body.error)).toMatch(/Stripe-Signature/);
    await nothingWrittenFor(link.id, event.id);
  });

  it('refuses an event signed with another secret (400, nothing written)', async () => {
    const link = await insertLink();
    const event = stripeEvent('checkout.session.completed', sessionObject(link));
    const payload = JSON.stringify(event);
    const answer = await deliver(event, { payload, signatureHeader: signature(payload, { secret: 'whsec_someone_else' }) });
    expect(answer.status).toBe(400);
    expect(String(answer.body.error)).toMatch(/signature/i);
    await nothingWrittenFor(link.id, event.id);
  });

  it('refuses a tampered body (signed amount changed afterwards) (400, nothing written)', async () => {
    const link = await insertLink();
    const event = stripeEvent('checkout.session.completed', sessionObject(link, { amount_total: 100 }));
    const signed = JSON.stringify(event);
    const tampered = signed.replace('"amount_total":100', '"amount_total":1');
    expect(tampered).not.toBe(signed);
    const answer = await deliver(event, { payload: tampered, signatureHeader: signature(signed) });
    expect(answer.status).toBe(400);
    await nothingWrittenFor(link.id, event.id);
  });

  it('refuses a stale signature older than the 300 s tolerance (400, nothing written)', async () => {
    const link = await insertLink();
    const event = stripeEvent('checkout.session.completed', sessionObject(link));
    const payload = JSON.stringify(event);
    const stale = signature(payload, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    const answer = await deliver(event, { payload, signatureHeader: stale });
    expect(answer.status).toBe(400);
    expect(String(answer.body.error)).toMatch(/tolerance/i);
    await nothingWrittenFor(link.id, event.id);
  });

  it('refuses a garbage signature header (400)', async () => {
    const link = await insertLink();
    const event = stripeEvent('checkout.session.completed', sessionObject(link));
    const answer = await deliver(event, { signatureHeader: 't=abc,v1=nothex' });
    expect(answer.status).toBe(400);
    await nothingWrittenFor(link.id, event.id);
  });
});

describe('stripe-webhook idempotency', () => {
  it('processes the same event delivered 20 times at once exactly once', async () => {
    const link = await insertLink();
    const event = stripeEvent('checkout.session.completed', sessionObject(link));
    const payload = JSON.stringify(event);
    const answers = await Promise.all(Array.from({ length: 20 }, () => deliver(event, { payload })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers.filter((a) => a.body.outcome === 'processed')).toHaveLength(1);
    expect(answers.filter((a) => a.body.outcome === 'duplicate')).toHaveLength(19);

    const orders = await ordersOf(link.id);
    expect(orders).toHaveLength(1);
    expect(await q('select id from public.dossiers where user_id = $1', [orders[0]!.user_id])).toHaveLength(1);
    expect(await q('select id from auth.users where lower(email) = $1', [link.email])).toHaveLength(1);
    const received = await q(`select id from public.events where entity_id = $1 and event_type = 'PAYMENT_RECEIVED'`, [orders[0]!.id]);
    expect(received).toHaveLength(1);
  });

  it('answers 200 and changes nothing when an event is redelivered later', async () => {
    const link = await insertLink();
    const event = stripeEvent('checkout.session.completed', sessionObject(link));
    expect((await deliver(event)).body.outcome).toBe('processed');
    const before = await q('select * from public.orders where payment_link_id = $1', [link.id]);
    const again = await deliver(event);
    expect(again.status).toBe(200);
    expect(again.body.outcome).toBe('duplicate');
    expect(await q('select * from public.orders where payment_link_id = $1', [link.id])).toEqual(before);
  });

  it('applies two different events of one sale arriving at the same moment without losing either', async () => {
    const link = await insertLink();
    const pending = stripeEvent('checkout.session.completed', sessionObject(link, { payment_status: 'unpaid' }));
    const succeeded = stripeEvent('checkout.session.async_payment_succeeded', sessionObject(link));
    const answers = await Promise.all([deliver(pending), deliver(succeeded)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const orders = await ordersOf(link.id);
    expect(orders).toHaveLength(1);
    expect(orders[0]!.status).toBe('PAID');
    expect(orders[0]!.dossier_id).not.toBeNull();
  });
});

describe('stripe-webhook ordering and event kinds', () => {
  it('asynchronous payment: pending on completion, PAID when it succeeds', async () => {
    const link = await insertLink();
    const completed = await deliver(stripeEvent('checkout.session.completed', sessionObject(link, { payment_status: 'unpaid' })));
    expect(completed.body).toMatchObject({ outcome: 'processed', status: 'PENDING' });
    const [pendingOrder] = await ordersOf(link.id);
    expect(pendingOrder).toMatchObject({ status: 'PENDING', dossier_id: null, paid_at: null });
    const [profile] = await q('select status from public.profiles where id = $1', [pendingOrder!.user_id]);
    expect(profile?.status).toBe('PENDING');

    await deliver(stripeEvent('checkout.session.async_payment_succeeded', sessionObject(link)));
    const [paid] = await ordersOf(link.id);
    expect(paid).toMatchObject({ id: pendingOrder!.id, status: 'PAID' });
    expect(paid!.dossier_id).not.toBeNull();
  });

  it('asynchronous payment that fails: FAILED with a PAYMENT_FAILED event, no dossier', async () => {
    const link = await insertLink();
    await deliver(stripeEvent('checkout.session.completed', sessionObject(link, { payment_status: 'unpaid' })));
    const failed = await deliver(stripeEvent('checkout.session.async_payment_failed', sessionObject(link, { payment_status: 'unpaid' })));
    expect(failed.body).toMatchObject({ outcome: 'processed', status: 'FAILED' });
    const [order] = await ordersOf(link.id);
    expect(order).toMatchObject({ status: 'FAILED', dossier_id: null });
    expect(await q(`select id from public.events where entity_id = $1 and event_type = 'PAYMENT_FAILED'`, [order!.id])).toHaveLength(1);
  });

  it('never moves an order backwards: a late "pending" completion or a late failure after PAID change nothing', async () => {
    const link = await insertLink();
    await deliver(stripeEvent('checkout.session.async_payment_succeeded', sessionObject(link)));
    const late = await deliver(stripeEvent('checkout.session.completed', sessionObject(link, { payment_status: 'unpaid' })));
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({ outcome: 'ignored' });
    const intent = {
      id: `pi_${link.sessionId}`,
      object: 'payment_intent',
      amount: 99900,
      currency: 'usd',
      metadata: { payment_link_id: link.id },
    };
    const lateFailure = await deliver(stripeEvent('payment_intent.payment_failed', intent));
    expect(lateFailure.body).toMatchObject({ outcome: 'ignored' });
    const expired = await deliver(
      stripeEvent('checkout.session.expired', sessionObject(link, { status: 'expired', payment_status: 'unpaid' })),
    );
    expect(expired.body).toMatchObject({ outcome: 'ignored' });
    const orders = await ordersOf(link.id);
    expect(orders.map((o) => o.status)).toEqual(['PAID']);
  });

  it('a refund that arrives before its payment is retried (503, nothing written), then applies in order', async () => {
    const link = await insertLink();
    const session = sessionObject(link);
    const charge = {
      id: 'ch_x',
      object: 'charge',
      payment_intent: session.payment_intent,
      amount: 99900,
      amount_refunded: 99900,
      refunded: true,
      currency: 'usd',
      metadata: { payment_link_id: link.id },
    };
    const refundEvent = stripeEvent('charge.refunded', charge);
    const early = await deliver(refundEvent);
    expect(early.status).toBe(503);
    expect(await processedEvent(refundEvent.id)).toEqual([]);

    await deliver(stripeEvent('checkout.session.completed', session));
    const retried = await deliver(refundEvent);
    expect(retried.body).toMatchObject({ outcome: 'processed', status: 'REFUNDED' });
    const [order] = await ordersOf(link.id);
    expect(order?.status).toBe('REFUNDED');
    expect(await q(`select id from public.events where entity_id = $1 and event_type = 'PAYMENT_REFUNDED'`, [order!.id])).toHaveLength(1);
    // A late completion after the refund does not resurrect the payment.
    expect((await deliver(stripeEvent('checkout.session.completed', session))).body.outcome).toBe('ignored');
    expect((await ordersOf(link.id))[0]?.status).toBe('REFUNDED');
  });

  it('a declined card creates a FAILED order for the prospect; paying afterwards makes it PAID', async () => {
    const link = await insertLink();
    const intent = {
      id: `pi_${link.sessionId}`,
      object: 'payment_intent',
      amount: 99900,
      currency: 'usd',
      metadata: { payment_link_id: link.id },
      last_payment_error: { code: 'card_declined', message: 'Your card was declined.' },
    };
    const failed = await deliver(stripeEvent('payment_intent.payment_failed', intent));
    expect(failed.body).toMatchObject({ outcome: 'processed', status: 'FAILED' });
    const [order] = await ordersOf(link.id);
    const [failure] = await q(`select payload from public.events where entity_id = $1 and event_type = 'PAYMENT_FAILED'`, [order!.id]);
    expect(failure?.payload).toMatchObject({ failure_code: 'card_declined' });
    await deliver(stripeEvent('checkout.session.completed', sessionObject(link)));
    expect((await ordersOf(link.id)).map((o) => o.status)).toEqual(['PAID']);
  });

  it('ignores events about sessions that are not payment links (200, recorded as ignored)', async () => {
    const event = stripeEvent('checkout.session.completed', { id: 'cs_test_other', object: 'checkout.session', metadata: {} });
    const answer = await deliver(event);
    expect(answer.status).toBe(200);
    expect(answer.body.outcome).toBe('ignored');
    const unhandled = await deliver(stripeEvent('customer.created', { id: 'cus_1', object: 'customer' }));
    expect(unhandled.body.outcome).toBe('ignored');
  });
});

describe('stripe-webhook atomicity', () => {
  it('a database failure in the middle of an event writes nothing and answers 5xx; the retry applies it', async () => {
    const link = await insertLink();
    const trigger = `payments_test_fail_${link.id.replaceAll('-', '')}`;
    // Fails the PAYMENT_RECEIVED insert of this link only: after the order, profile, link and dossier writes.
    await q(`create function public.${trigger}() returns trigger language plpgsql as $$
      begin
        if new.event_type = 'PAYMENT_RECEIVED' and new.payload ->> 'payment_link_id' = '${link.id}' then
          raise exception 'simulated database failure';
        end if;
        return new;
      end $$`);
    await q(`create trigger ${trigger} before insert on public.events for each row execute function public.${trigger}()`);
    const event = stripeEvent('checkout.session.completed', sessionObject(link));
    try {
      const answer = await deliver(event);
      expect(answer.status).toBe(500);
      await nothingWrittenFor(link.id, event.id);
      const dossiers = 'select d.id from public.dossiers d join auth.users u on u.id = d.user_id where u.email = $1';
      expect(await q(dossiers, [link.email])).toEqual([]);
    } finally {
      await q(`drop trigger if exists ${trigger} on public.events`);
      await q(`drop function if exists public.${trigger}()`);
    }
    const retry = await deliver(event);
    expect(retry.body).toMatchObject({ outcome: 'processed', status: 'PAID' });
    expect((await ordersOf(link.id))[0]?.dossier_id).not.toBeNull();
  });

  it('rejects a correctly signed payload that is not a Stripe event (400)', async () => {
    const answer = await deliver({ hello: 'world' });
    expect(answer.status).toBe(400);
    expect(String(answer.body.error)).toMatch(/not a Stripe event/);
  });
});
