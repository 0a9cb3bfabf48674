import { describe, expect, it } from 'vitest';
import { rowsIn } from '../test/exportFormat';
import { profileExportColumns } from './exporter';

describe('customers export', () => {
  it('writes contact details and the status label, without Stripe ids', () => {
    const profile = {
      id: 'u1',
      full_name: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: null,
      status: 'ACTIVE',
      stripe_customer_id: 'cus_123',
      created_at: '2026-08-16T22:47:18',
    };
    const [row] = rowsIn('en', profileExportColumns, [profile]);
    expect(row).toEqual({
      Name: 'Ada Lovelace',
      'E-mail': 'ada@example.com',
      Phone: '',
      Status: 'Active',
      Created: '8/16/2026, 10:47:18 PM',
    });
  });
});
