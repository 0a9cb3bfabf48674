import { recordName, secondHopRecord, useCsvExporter, type ExportColumn, type ExportRelation } from '../common/csvExport';
import { dossierName } from '../common/exportReferences';
import { formatFileSize } from '../common/fileSize';

/**
 * Document versions: when, which dossier and document type (through the document), the version,
 * the file's name, size and type, who uploaded it. Never the storage path (it names the bucket
 * object a signed URL opens).
 */
export const documentVersionExportColumns: ExportColumn[] = [
  { label: 'resources.document_versions.fields.uploaded_at', value: (r, _, f) => f.dateTime(r.uploaded_at) },
  {
    label: 'resources.document_versions.fields.dossier_id',
    value: (r, related, f) => dossierName(secondHopRecord(related, 'document_id', 'dossier_id', r), f),
  },
  {
    label: 'resources.document_versions.fields.document_type_id',
    value: (r, related) => recordName(secondHopRecord(related, 'document_id', 'document_type_id', r)),
  },
  { label: 'resources.document_versions.fields.version_number', value: (r) => Number(r.version_number ?? 0) },
  { label: 'resources.document_versions.fields.file_name', value: (r) => String(r.file_name ?? '') },
  { label: 'resources.document_versions.fields.file_size_bytes', value: (r, _, f) => formatFileSize(r.file_size_bytes, f.locale) },
  { label: 'resources.document_versions.fields.mime_type', value: (r) => String(r.mime_type ?? '') },
  { label: 'resources.document_versions.fields.uploaded_by_type', value: (r, _, f) => f.enumLabel('actor_type', r.uploaded_by_type) },
];

export const documentVersionExportRelations: ExportRelation[] = [
  { source: 'document_id', reference: 'documents' },
  { source: 'dossier_id', reference: 'dossiers', via: 'document_id' },
  { source: 'document_type_id', reference: 'document_types', via: 'document_id' },
];

export const useDocumentVersionExporter = () => useCsvExporter(documentVersionExportColumns, documentVersionExportRelations);
