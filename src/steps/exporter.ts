import { useCsvExporter, type ExportColumn } from '../common/csvExport';

/** Workflow steps in their default order: position, code, name and description. */
export const stepExportColumns: ExportColumn[] = [
  { label: 'resources.steps.fields.position', value: (r) => Number(r.position ?? 0) },
  { label: 'resources.steps.fields.code', value: (r) => String(r.code ?? '') },
  { label: 'resources.steps.fields.label', value: (r) => String(r.label ?? '') },
  { label: 'resources.steps.fields.description', value: (r) => String(r.description ?? '') },
  { label: 'resources.steps.fields.created_at', value: (r, _, f) => f.dateTime(r.created_at) },
];

export const useStepExporter = () => useCsvExporter(stepExportColumns);
