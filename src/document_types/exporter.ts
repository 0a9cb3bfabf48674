import { relatedName, useCsvExporter, type ExportColumn, type ExportRelation } from '../common/csvExport';

/** Document types: name, allowed extensions as a list, size limit, the step that requires them by name. */
export const documentTypeExportColumns: ExportColumn[] = [
  { label: 'resources.document_types.fields.code', value: (r) => String(r.code ?? '') },
  { label: 'resources.document_types.fields.label', value: (r) => String(r.label ?? '') },
  { label: 'resources.document_types.fields.description', value: (r) => String(r.description ?? '') },
  {
    label: 'resources.document_types.fields.allowed_extensions',
    value: (r) => (Array.isArray(r.allowed_extensions) ? r.allowed_extensions.map(String).join(', ') : ''),
  },
  { label: 'resources.document_types.fields.max_file_size_mb', value: (r) => Number(r.max_file_size_mb ?? 0) },
  { label: 'resources.document_types.fields.required_step_id', value: (r, related) => relatedName(related, 'required_step_id', r) },
  { label: 'resources.document_types.fields.updated_at', value: (r, _, f) => f.dateTime(r.updated_at) },
];

export const documentTypeExportRelations: ExportRelation[] = [{ source: 'required_step_id', reference: 'steps' }];

export const useDocumentTypeExporter = () => useCsvExporter(documentTypeExportColumns, documentTypeExportRelations);
