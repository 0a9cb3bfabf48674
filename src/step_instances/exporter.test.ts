import { describe, expect, it } from 'vitest';
import { rowsIn } from '../test/exportFormat';
import { stepInstanceExportColumns } from './exporter';

const stepInstance = {
  id: 'instance-uuid-1',
  dossier_id: 'dossier-uuid-1',
  step_id: 'step-uuid-1',
  status: 'IN_PROGRESS',
  assigned_to: 'agent-uuid-1',
  due_at: '2026-08-20T09:00:00',
  started_at: '2026-08-16T22:47:18',
  completed_at: null,
  metadata: { note: 'internal' },
};
const related = {
  dossier_id: { 'dossier-uuid-1': { id: 'dossier-uuid-1', type: 'LLC', customer: { full_name: 'Chloe Customer' } } },
  step_id: { 'step-uuid-1': { id: 'step-uuid-1', label: 'Identity check' } },
  assigned_to: { 'agent-uuid-1': { id: 'agent-uuid-1', full_name: 'Rita Reviewer' } },
};

describe('step instances export', () => {
  it('names the dossier, step and assignee, writes the status label and local dates in French', () => {
    expect(rowsIn('fr', stepInstanceExportColumns, [stepInstance], related)).toEqual([
      {
        Dossier: 'Chloe Customer · LLC (US)',
        Étape: 'Identity check',
        Statut: 'En cours',
        'Assignée à': 'Rita Reviewer',
        Échéance: '20/08/2026 09:00:00',
        'Commencée le': '16/08/2026 22:47:18',
        'Terminée le': '',
      },
    ]);
  });

  it('writes no id and no status code', () => {
    const text = JSON.stringify(rowsIn('en', stepInstanceExportColumns, [stepInstance], related));
    expect(text).not.toMatch(/uuid/);
    expect(text).not.toContain('IN_PROGRESS');
    expect(text).toContain('In progress');
  });
});
