import { relatedName, useCsvExporter, type ExportColumn, type ExportRelation } from '../common/csvExport';
import { relatedDossierName } from '../common/exportReferences';

/** Step instances: the dossier and step by name, the status label, the assignee by name, the dates. */
export const stepInstanceExportColumns: ExportColumn[] = [
  { label: 'resources.step_instances.fields.dossier_id', value: (r, related, f) => relatedDossierName(related, 'dossier_id', r, f) },
  { label: 'resources.step_instances.fields.step_id', value: (r, related) => relatedName(related, 'step_id', r) },
  { label: 'resources.step_instances.fields.status', value: (r, _, f) => f.enumLabel('step_instance_status', r.status) },
  { label: 'resources.step_instances.fields.assigned_to', value: (r, related) => relatedName(related, 'assigned_to', r) },
  { label: 'app.due_at', value: (r, _, f) => f.dateTime(r.due_at) },
  { label: 'resources.step_instances.fields.started_at', value: (r, _, f) => f.dateTime(r.started_at) },
  { label: 'resources.step_instances.fields.completed_at', value: (r, _, f) => f.dateTime(r.completed_at) },
];

export const stepInstanceExportRelations: ExportRelation[] = [
  { source: 'dossier_id', reference: 'dossiers' },
  { source: 'step_id', reference: 'steps' },
  { source: 'assigned_to', reference: 'agent_directory' },
];

export const useStepInstanceExporter = () => useCsvExporter(stepInstanceExportColumns, stepInstanceExportRelations);
