import { describe, expect, it } from 'vitest';
import englishAppMessages from '../i18n/en';
import frenchAppMessages from '../i18n/fr';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describeDbError, parseKeyDetails, toUserMessage } from './dbErrors';

const http = (status: number, body: Record<string, unknown>) => ({ status, body, message: String(body.message ?? '') });
const en = polyglotI18nProvider(() => englishAppMessages, 'en').translate;
const fr = polyglotI18nProvider(() => frenchAppMessages, 'fr').translate;

describe('describeDbError', () => {
  it('names the duplicated value of a unique violation', () => {
    const error = http(409, {
      code: '23505',
      message: 'duplicate key value violates unique constraint "products_code_key"',
      details: 'Key (code)=(LLC_FORMATION) already exists.',
    });
    expect(describeDbError(error)).toEqual({
      key: 'app.errors.duplicate_value',
      values: { field: 'code', value: 'LLC_FORMATION' },
    });
    expect(toUserMessage(error, en)).toBe('Another record already uses LLC_FORMATION as its code.');
    expect(toUserMessage(error, fr)).toBe('Un autre enregistrement utilise déjà LLC_FORMATION comme code.');
  });

  it('turns a row-level security refusal (42501, 403) into "not allowed"', () => {
    const error = http(403, { code: '42501', message: 'new row violates row-level security policy for table "products"' });
    expect(toUserMessage(error, en)).toBe('You are not allowed to do this.');
    expect(toUserMessage(error, en)).not.toMatch(/row-level|policy|42501/);
  });

  it('gives known constraints their own sentence', () => {
    const error = http(400, {
      code: '23514',
      message: 'new row for relation "products" violates check constraint "price_amount_positive"',
    });
    expect(toUserMessage(error, en)).toBe('The price must be zero or more.');
    const position = http(409, {
      code: '23505',
      message: 'duplicate key value violates unique constraint "product_steps_product_id_position_key"',
      details: 'Key (product_id, "position")=(abc, 2) already exists.',
    });
    expect(toUserMessage(position, en)).toBe('Two steps of this product cannot share the same position.');
  });

  it('distinguishes a delete blocked by references from a missing reference', () => {
    expect(
      describeDbError(http(409, { code: '23503', details: 'Key (id)=(x) is still referenced from table "orders".' })).key,
    ).toBe('app.errors.still_referenced');
    expect(
      describeDbError(http(409, { code: '23503', details: 'Key (product_id)=(x) is not present in table "products".' })).key,
    ).toBe('app.errors.missing_reference');
  });

  it('reads supabase-js errors (code at the top level) and 0-row updates', () => {
    expect(describeDbError({ code: '42501', message: 'permission denied for table agents' }).key).toBe('app.errors.forbidden');
    expect(describeDbError(http(406, { code: 'PGRST116', message: 'JSON object requested, multiple (or no) rows returned' })).key).toBe(
      'app.errors.not_found_or_forbidden',
    );
  });

  it('passes our own SQL functions\' messages through, and never shows raw errors otherwise', () => {
    expect(toUserMessage(http(400, { code: 'P0001', message: 'This payment link is already used.' }), en)).toBe(
      'This payment link is already used.',
    );
    expect(toUserMessage(new TypeError('Failed to fetch'), en)).toBe(
      'The server cannot be reached. Check your connection and try again.',
    );
    expect(toUserMessage(http(500, { code: 'XX000', message: 'internal error: something' }), en)).toBe(
      'The server refused this action. Please try again, or contact an administrator.',
    );
  });

  it('parses PostgreSQL key details', () => {
    expect(parseKeyDetails('Key (email)=(a@b.co) already exists.')).toEqual({ field: 'email', value: 'a@b.co' });
    expect(parseKeyDetails(null)).toBeUndefined();
  });
});
