import { describe, expect, it } from 'vitest';
import { normalizeFilter, quoteValue } from './listFilters';

describe('normalizeFilter', () => {
  it('passes simple filters through and drops empty ones', () => {
    expect(normalizeFilter('orders', { status: 'PAID', product_id: '', user_id: null })).toEqual({ status: 'PAID' });
  });

  it('keeps a single operator on a column as ra-data-postgrest expects', () => {
    expect(normalizeFilter('orders', { 'created_at@gte': '2026-01-01T00:00:00.000Z' })).toEqual({
      'created_at@gte': '2026-01-01T00:00:00.000Z',
    });
  });

  it('puts two bounds on one column into one and=(…) group', () => {
    expect(
      normalizeFilter('orders', {
        status: 'PAID',
        'created_at@gte': '2026-01-01T00:00:00.000Z',
        'created_at@lte': '2026-01-31T23:59:59.999Z',
      }),
    ).toEqual({
      status: 'PAID',
      'and@': '(created_at.gte."2026-01-01T00:00:00.000Z",created_at.lte."2026-01-31T23:59:59.999Z")',
    });
  });

  it("searches the resource's columns with q, stripping PostgREST syntax", () => {
    expect(normalizeFilter('profiles', { q: 'chloe, (x)' })).toEqual({
      'and@': '(or(full_name.ilike."*chloe*x*",email.ilike."*chloe*x*",phone.ilike."*chloe*x*"))',
    });
    expect(normalizeFilter('orders', { q: 'ignored' })).toEqual({});
  });

  it('passes the payment link status to the computed field public.status(payment_links)', () => {
    expect(normalizeFilter('payment_links', { status: 'active' })).toEqual({ status: 'active' });
    expect(normalizeFilter('payment_links', { status: 'used', q: 'bob' })).toEqual({
      status: 'used',
      'and@': '(or(prospect_email.ilike."*bob*",prospect_name.ilike."*bob*"))',
    });
  });

  it('quotes values for the logic-tree syntax', () => {
    expect(quoteValue('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
});
