/**
 * Payment truth: the webhook e-mails the confirmation on a payment's success (once, to the mail
 * catcher locally), and the public payment-complete page learns the real status of its session.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { listMail, waitForMail } from '../../stack/services/mail/client';
import { closeDb, config, deliver, insertLink, ordersOf, q, sessionObject, stripeEvent } from './payments-helpers';

afterAll(closeDb);

/** POST /rest/v1/rpc/checkout_result as anon, as the public page does through supabase-js. */
const checkoutResult = async (sessionId: string) => {
  const res = await fetch(`${config().apiUrl}/rest/v1/rpc/checkout_result`, {
    method: 'POST',
    headers: { apikey: config().anonKey, authorization: `Bearer ${config().anonKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ p_session_id: sessionId }),
  });
  return { status: res.status, body: (await res.json()) as unknown };
};

const mailsTo = async (email: string) => (await listMail(config().mailWebUrl)).filter((m) => JSON.stringify(m).includes(email));

describe('payment confirmation e-mail', () => {
  it('is sent by the webhook when a payment succeeds, and not again on a duplicate delivery', async () => {
    const link = await insertLink();
    const since = new Date(Date.now() - 1000);
    const event = stripeEvent('checkout.session.completed', sessionObject(link));
    const answer = await deliver(event);
    expect(answer.body).toMatchObject({ outcome: 'processed', status: 'PAID', confirmation_sent: true });
    const mail = await waitForMail(config().mailWebUrl, { to: link.email, subjectIncludes: 'Payment received', since });
    expect(mail.Text).toContain('$999.00');
    expect((await deliver(event)).body).toMatchObject({ outcome: 'duplicate' });
    expect((await mailsTo(link.email)).length).toBe(1);
  });

  it('is not sent for a bank transfer still pending', async () => {
    const link = await insertLink();
    const answer = await deliver(stripeEvent('checkout.session.completed', sessionObject(link, { payment_status: 'unpaid' })));
    expect(answer.body).toMatchObject({ outcome: 'processed', status: 'PENDING' });
    expect(answer.body.confirmation_sent).toBeUndefined();
    expect(await mailsTo(link.email)).toEqual([]);
  });
});

describe('checkout_result (anon, the payment-complete page)', () => {
  it('tells processing from paid, and nothing about sessions it does not know', async () => {
    const link = await insertLink();
    const result = async (id: string) => (await checkoutResult(id)).body;
    expect(await result(link.sessionId)).toBe('processing'); // the webhook has not arrived yet
    await deliver(stripeEvent('checkout.session.completed', sessionObject(link, { payment_status: 'unpaid' })));
    expect(await result(link.sessionId)).toBe('processing');
    await deliver(stripeEvent('checkout.session.async_payment_succeeded', sessionObject(link)));
    expect(await result(link.sessionId)).toBe('paid');
    expect(await result('cs_test_doesnotexist00000')).toBe('unknown');
    const bad = await checkoutResult("x' or 1=1");
    expect(bad.body).toMatchObject({ code: '22023' });
  });
});

describe('an expired checkout session', () => {
  it('leaves a trace on the link when no payment was tried (PAYMENT_FAILED, reason checkout_session_expired)', async () => {
    const link = await insertLink();
    const answer = await deliver(
      stripeEvent('checkout.session.expired', sessionObject(link, { status: 'expired', payment_status: 'unpaid' })),
    );
    expect(answer.body).toMatchObject({ outcome: 'processed' });
    const events = await q<{ event_type: string; reason: string }>(
      `select event_type, payload ->> 'reason' as reason from public.events where entity_type = 'payment_link' and entity_id = $1`,
      [link.id],
    );
    expect(events).toEqual([{ event_type: 'PAYMENT_FAILED', reason: 'checkout_session_expired' }]);
    expect(await ordersOf(link.id)).toEqual([]);
  });

  it('cancels a pending bank-transfer order, with its event', async () => {
    const link = await insertLink();
    await deliver(stripeEvent('checkout.session.completed', sessionObject(link, { payment_status: 'unpaid' })));
    await deliver(stripeEvent('checkout.session.expired', sessionObject(link, { status: 'expired', payment_status: 'unpaid' })));
    expect((await ordersOf(link.id)).map((o) => o.status)).toEqual(['CANCELLED']);
  });
});
