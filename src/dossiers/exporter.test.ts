import { describe, expect, it } from 'vitest';
import { rowsIn } from '../test/exportFormat';
import { dossierExportColumns } from './exporter';

describe('dossiers export', () => {
  it('writes names and the type and status labels, not codes', () => {
    const dossier = {
      id: 'd1',
      created_at: '2026-08-16T22:47:18',
      user_id: 'u1',
      product_id: 'p1',
      type: 'LLC',
      status: 'IN_PROGRESS',
      completed_at: null,
      updated_at: '2026-08-17T08:00:00',
    };
    const related = {
      user_id: { u1: { id: 'u1', full_name: 'Ada Lovelace' } },
      product_id: { p1: { id: 'p1', name: 'US LLC formation' } },
    };
    const [row] = rowsIn('en', dossierExportColumns, [dossier], related);
    expect(row).toEqual({
      Opened: '8/16/2026, 10:47:18 PM',
      Customer: 'Ada Lovelace',
      Product: 'US LLC formation',
      Type: 'US LLC',
      Status: 'In progress',
      Completed: '',
      Updated: '8/17/2026, 8:00:00 AM',
    });
  });
});
