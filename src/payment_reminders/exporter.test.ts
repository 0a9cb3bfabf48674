import { describe, expect, it } from 'vitest';
import { rowsIn } from '../test/exportFormat';
import { paymentReminderExportColumns } from './exporter';

describe('payment reminders export', () => {
  it('writes the customer name, the channel label and French dates', () => {
    const reminder = { id: 'r1', sent_at: '2026-08-16T22:47:18', user_id: 'u1', order_id: 'o1', sent_via: 'EMAIL', clicked_at: null };
    expect(rowsIn('fr', paymentReminderExportColumns, [reminder], { user_id: { u1: { id: 'u1', full_name: 'Ada Lovelace' } } })).toEqual([
      { 'Envoyée le': '16/08/2026 22:47:18', Client: 'Ada Lovelace', 'Envoyée par': 'E-mail', 'Cliquée le': '' },
    ]);
  });
});
