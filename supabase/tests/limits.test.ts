/**
 * Limits in the database (20250601000850/0851): the length and range checks refuse what the
 * forms refuse, by name (src/providers/dbErrors.ts words each one), and are validated.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, insertLink, q, unique } from './payments-helpers';

afterAll(closeDb);

const refusal = async (sql: string, values: unknown[]) => {
  try {
    await q(sql, values);
    return null;
  } catch (error) {
    return error as { code?: string; constraint?: string };
  }
};

describe('length and range checks', () => {
  it('refuses a 600-character product name, and a price over 1,000,000.00', async () => {
    const code = unique('LIM')
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '_');
    const insert = `insert into public.products (code, name, price_amount, currency, dossier_type)
                    values ($1, $2, $3, 'USD', 'LLC')`;
    expect(await refusal(insert, [code, 'x'.repeat(600), 1000])).toMatchObject({ code: '23514', constraint: 'products_name_length' });
    expect(await refusal(insert, [code, 'Fine', 100_000_001])).toMatchObject({ code: '23514', constraint: 'products_price_amount_max' });
    expect(await q('select 1 from public.products where code = $1', [code])).toEqual([]);
    expect(await refusal(insert, [code, 'x'.repeat(200), 100_000_000])).toBeNull();
  });

  it('refuses a 201-character prospect name and step label', async () => {
    const code = unique('STEP')
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '_');
    expect(await refusal(`insert into public.steps (code, label, position) values ($1, $2, 1)`, [code, 'x'.repeat(201)])).toMatchObject({
      constraint: 'steps_label_length',
    });
    const link = await insertLink();
    expect(await refusal(`update public.payment_links set prospect_name = $1 where id = $2`, ['x'.repeat(201), link.id])).toMatchObject({
      constraint: 'payment_links_prospect_name_length',
    });
  });

  it('has every check validated on the seeded database', async () => {
    const rows = await q<{ conname: string }>(
      `select conname from pg_catalog.pg_constraint
       where connamespace = 'public'::regnamespace and (conname like '%\\_length' or conname like '%\\_max') and not convalidated`,
    );
    expect(rows).toEqual([]);
  });
});
