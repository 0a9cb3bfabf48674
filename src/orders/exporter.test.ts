import { describe, expect, it } from 'vitest';
import { rowsIn } from '../test/exportFormat';
import { orderExportColumns } from './exporter';

const order = {
  id: 'o1',
  created_at: '2026-08-16T22:47:18',
  user_id: 'u1',
  product_id: 'p1',
  amount: 99900,
  currency: 'usd',
  status: 'PAID',
  paid_at: null,
};
const related = {
  user_id: { u1: { id: 'u1', full_name: 'Ada Lovelace', email: 'ada@example.com' } },
  product_id: { p1: { id: 'p1', name: 'US LLC formation' } },
};

describe('orders export', () => {
  it('writes the customer and product names and the amount in currency units', () => {
    expect(rowsIn('en', orderExportColumns, [order], related)).toEqual([
      {
        Created: '8/16/2026, 10:47:18 PM',
        Customer: 'Ada Lovelace',
        Product: 'US LLC formation',
        Amount: '$999.00',
        Status: 'Paid',
        Paid: '',
      },
    ]);
  });

  it('writes French labels and amounts', () => {
    const [row] = rowsIn('fr', orderExportColumns, [order], related);
    expect(row).toMatchObject({ Montant: '999,00\u00a0$US', Statut: 'Payée', Client: 'Ada Lovelace' });
    expect(JSON.stringify(row)).not.toMatch(/99900|u1|p1/);
  });
});
