import { relatedName, relatedRecord, useCsvExporter, type ExportColumn, type ExportRelation } from '../common/csvExport';
import { relatedDossierName, stepInstanceName } from '../common/exportReferences';

/** Documents: the dossier (customer and type), the document type and step by name, the status label. */
export const documentExportColumns: ExportColumn[] = [
  { label: 'resources.documents.fields.dossier_id', value: (r, related, f) => relatedDossierName(related, 'dossier_id', r, f) },
  { label: 'resources.documents.fields.document_type_id', value: (r, related) => relatedName(related, 'document_type_id', r) },
  {
    label: 'resources.documents.fields.step_instance_id',
    value: (r, related) => stepInstanceName(relatedRecord(related, 'step_instance_id', r)),
  },
  { label: 'resources.documents.fields.status', value: (r, _, f) => f.enumLabel('document_status', r.status) },
  { label: 'resources.documents.fields.created_at', value: (r, _, f) => f.dateTime(r.created_at) },
  { label: 'resources.documents.fields.updated_at', value: (r, _, f) => f.dateTime(r.updated_at) },
];

export const documentExportRelations: ExportRelation[] = [
  { source: 'dossier_id', reference: 'dossiers' },
  { source: 'document_type_id', reference: 'document_types' },
  { source: 'step_instance_id', reference: 'step_instances' },
];

export const useDocumentExporter = () => useCsvExporter(documentExportColumns, documentExportRelations);
