import { describe, expect, it } from 'vitest';
import { parseStripeForm } from './form.ts';

describe('parseStripeForm', () => {
  it('decodes nested brackets and indexed arrays as the Stripe SDK encodes them', () => {
    const body =
      'mode=payment&line_items[0][quantity]=1&line_items[0][price_data][unit_amount]=99900' +
      '&line_items[0][price_data][currency]=usd&metadata[payment_link_id]=abc&customer_email=a%40b.co';
    expect(parseStripeForm(body)).toEqual({
      mode: 'payment',
      line_items: [{ quantity: '1', price_data: { unit_amount: '99900', currency: 'usd' } }],
      metadata: { payment_link_id: 'abc' },
      customer_email: 'a@b.co',
    });
  });

  it('keeps non-sequential numeric keys as an object', () => {
    expect(parseStripeForm('metadata[1]=x')).toEqual({ metadata: { '1': 'x' } });
  });
});
