import { describe, expect, it } from 'vitest';
import { rowsIn } from '../test/exportFormat';
import { stepExportColumns } from './exporter';

describe('steps export', () => {
  it('writes the position, code, name and description with French titles and a local date', () => {
    const step = { id: 's1', position: 2, code: 'KYC', label: 'Identity check', description: null, created_at: '2026-08-16T22:47:18' };
    expect(rowsIn('fr', stepExportColumns, [step])).toEqual([
      {
        'Position par défaut': 2,
        Code: 'KYC',
        Libellé: 'Identity check',
        Description: '',
        'Créée le': '16/08/2026 22:47:18',
      },
    ]);
  });

  it('never writes the id', () => {
    const step = { id: 'step-uuid-1', position: 1, code: 'KYC', label: 'Identity check', created_at: '2026-08-16T22:47:18' };
    expect(JSON.stringify(rowsIn('en', stepExportColumns, [step]))).not.toContain('step-uuid-1');
  });
});
