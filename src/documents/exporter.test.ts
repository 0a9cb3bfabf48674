import { describe, expect, it } from 'vitest';
import { rowsIn } from '../test/exportFormat';
import { documentExportColumns } from './exporter';

const document = {
  id: 'doc-uuid-1',
  dossier_id: 'dossier-uuid-1',
  document_type_id: 'type-uuid-1',
  step_instance_id: 'instance-uuid-1',
  status: 'APPROVED',
  created_at: '2026-08-16T22:47:18',
  updated_at: '2026-08-17T08:00:00',
};
// as the data provider reads them for an export: dossiers with their customer, step instances with their step
const related = {
  dossier_id: { 'dossier-uuid-1': { id: 'dossier-uuid-1', type: 'LLC', customer: { full_name: 'Chloe Customer' } } },
  document_type_id: { 'type-uuid-1': { id: 'type-uuid-1', label: 'Passport' } },
  step_instance_id: { 'instance-uuid-1': { id: 'instance-uuid-1', status: 'IN_PROGRESS', step: { label: 'Identity check' } } },
};

describe('documents export', () => {
  it('names the dossier, the document type and the step, and writes the status label in French', () => {
    expect(rowsIn('fr', documentExportColumns, [document], related)).toEqual([
      {
        Dossier: 'Chloe Customer · LLC (US)',
        Type: 'Passport',
        Étape: 'Identity check',
        Statut: 'Approuvé',
        'Créé le': '16/08/2026 22:47:18',
        'Modifié le': '17/08/2026 08:00:00',
      },
    ]);
  });

  it('writes no id, even of the related records', () => {
    const text = JSON.stringify(rowsIn('en', documentExportColumns, [document], related));
    expect(text).not.toMatch(/uuid/);
    expect(text).not.toContain('IN_PROGRESS');
  });
});
