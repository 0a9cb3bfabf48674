/** The stand-in remembers sessions and refunds across restarts of `npm start`. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckoutStore, publicSession, stripeId, type CheckoutSession } from './store';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const session = (id: string): CheckoutSession => ({
  id,
  object: 'checkout.session',
  mode: 'payment',
  status: 'complete',
  payment_status: 'paid',
  amount_subtotal: 500,
  amount_total: 500,
  currency: 'usd',
  customer: null,
  customer_email: 'a@b.co',
  customer_details: null,
  metadata: {},
  payment_intent: 'pi_1',
  success_url: null,
  cancel_url: null,
  url: null,
  expires_at: 0,
  created: 0,
  livemode: false,
  _product_name: 'P',
  _payment_intent_metadata: { payment_link_id: 'x' },
});

describe('CheckoutStore', () => {
  it('persists sessions and refunds in the data folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'checkout-store-'));
    dirs.push(dir);
    const first = new CheckoutStore(dir);
    first.putSession(session('cs_test_1'));
    first.putRefund({
      id: 're_1',
      object: 'refund',
      amount: 200,
      currency: 'usd',
      payment_intent: 'pi_1',
      charge: 'ch_1',
      status: 'succeeded',
      reason: null,
      metadata: {},
      created: 0,
    });
    const second = new CheckoutStore(dir);
    expect(second.getSession('cs_test_1')?.amount_total).toBe(500);
    expect(second.sessionByPaymentIntent('pi_1')?.id).toBe('cs_test_1');
    expect(second.refundedAmount('pi_1')).toBe(200);
  });

  it('hides its private fields from API answers and makes Stripe-like ids', () => {
    const shown = publicSession(session('cs_test_2'));
    expect(Object.keys(shown).filter((key) => key.startsWith('_'))).toEqual([]);
    expect(stripeId('pi')).toMatch(/^pi_[A-Za-z0-9]{16}$/);
  });
});
