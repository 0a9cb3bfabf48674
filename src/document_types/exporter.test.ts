import { describe, expect, it } from 'vitest';
import { rowsIn } from '../test/exportFormat';
import { documentTypeExportColumns } from './exporter';

describe('document types export', () => {
  it('writes the extensions as a list and the required step by name, not its id', () => {
    const documentType = {
      id: 'dt1',
      code: 'PASSPORT',
      label: 'Passport',
      description: 'Photo page',
      allowed_extensions: ['pdf', 'jpg'],
      max_file_size_mb: 10,
      required_step_id: 's1',
      updated_at: '2026-08-17T08:00:00',
    };
    const related = { required_step_id: { s1: { id: 's1', label: 'Identity check' } } };
    expect(rowsIn('en', documentTypeExportColumns, [documentType], related)).toEqual([
      {
        Code: 'PASSPORT',
        Label: 'Passport',
        Description: 'Photo page',
        'Allowed extensions': 'pdf, jpg',
        'Maximum size (MB)': 10,
        'Required at step': 'Identity check',
        Updated: '8/17/2026, 8:00:00 AM',
      },
    ]);
  });

  it('titles the columns in French and leaves an optional step empty', () => {
    const [row] = rowsIn('fr', documentTypeExportColumns, [
      {
        id: 'dt2',
        code: 'ID',
        label: 'Pièce',
        allowed_extensions: [],
        max_file_size_mb: 5,
        required_step_id: null,
        updated_at: '2026-08-17T08:00:00',
      },
    ]);
    expect(row).toMatchObject({ "Requis à l'étape": '', 'Extensions autorisées': '', 'Modifié le': '17/08/2026 08:00:00' });
  });
});
