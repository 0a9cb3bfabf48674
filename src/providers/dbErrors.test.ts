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
      values: { value: 'LLC_FORMATION' },
      field: { table: 'products', column: 'code' },
    });
    expect(toUserMessage(error, en)).toBe('Code: another record already uses LLC_FORMATION.');
    expect(toUserMessage(error, fr)).toBe('Code : un autre enregistrement utilise déjà LLC_FORMATION.');
  });

  it('names the field of a unique violation without details, never a bare "already exists"', () => {
    const error = http(409, { code: '23505', message: 'duplicate key value violates unique constraint "steps_code_key"' });
    expect(toUserMessage(error, en)).toBe('Code: another record already has this value.');
    expect(toUserMessage(error, en)).not.toBe('This record already exists.');
  });

  it('names the field and the limit of a length or range check, in both languages', () => {
    const error = http(400, {
      code: '23514',
      message: 'new row for relation "products" violates check constraint "products_name_length"',
    });
    expect(toUserMessage(error, en)).toBe('Name: at most 200 characters.');
    expect(toUserMessage(error, fr)).toBe('Nom : 200 caractères au plus.');
    const price = http(400, {
      code: '23514',
      message: 'new row for relation "products" violates check constraint "products_price_amount_max"',
    });
    expect(toUserMessage(price, en)).toBe('Price: at most 1,000,000.');
  });

  it("words an Edge Function's field refusal with the field's label, not the column name", () => {
    const error = {
      status: 400,
      message: 'prospect_name must be a text of at most 200 characters',
      body: {
        code: 'too_long',
        field: 'prospect_name',
        max: 200,
        resource: 'payment_links',
        message: 'prospect_name must be a text of at most 200 characters',
      },
    };
    expect(toUserMessage(error, en)).toBe('Prospect name: at most 200 characters.');
    expect(toUserMessage(error, fr)).not.toMatch(/prospect_name|must be/);
  });

  it('names the column of a missing required value', () => {
    const error = http(400, { code: '23502', message: 'null value in column "label" of relation "steps" violates not-null constraint' });
    expect(toUserMessage(error, en)).toBe('Label: this field is required.');
  });

  it('translates the sentences our SQL functions raise', () => {
    const error = http(400, { code: 'P0001', message: 'the documents this step requires are not all approved' });
    expect(toUserMessage(error, en)).toBe('This step needs all its required documents approved first.');
    expect(toUserMessage(error, fr)).toBe("Cette étape demande d'abord que tous ses documents obligatoires soient approuvés.");
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
    expect(describeDbError(http(409, { code: '23503', details: 'Key (id)=(x) is still referenced from table "orders".' })).key).toBe(
      'app.errors.still_referenced',
    );
    expect(describeDbError(http(409, { code: '23503', details: 'Key (product_id)=(x) is not present in table "products".' })).key).toBe(
      'app.errors.missing_reference',
    );
  });

  it('reads supabase-js errors (code at the top level) and 0-row updates', () => {
    expect(describeDbError({ code: '42501', message: 'permission denied for table agents' }).key).toBe('app.errors.forbidden');
    expect(describeDbError(http(406, { code: 'PGRST116', message: 'JSON object requested, multiple (or no) rows returned' })).key).toBe(
      'app.errors.not_found_or_forbidden',
    );
  });

  it("passes our own SQL functions' messages through, and never shows raw errors otherwise", () => {
    expect(toUserMessage(http(400, { code: 'P0001', message: 'This payment link is already used.' }), en)).toBe(
      'This payment link is already used.',
    );
    expect(toUserMessage(new TypeError('Failed to fetch'), en)).toBe('The server cannot be reached. Check your connection and try again.');
    expect(toUserMessage(http(500, { code: 'XX000', message: 'internal error: something' }), en)).toBe(
      'The server refused this action. Please try again, or contact an administrator.',
    );
  });

  it('parses PostgreSQL key details', () => {
    expect(parseKeyDetails('Key (email)=(a@b.co) already exists.')).toEqual({ field: 'email', value: 'a@b.co' });
    expect(parseKeyDetails(null)).toBeUndefined();
  });
});
