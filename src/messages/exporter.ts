import { useCsvExporter, type ExportColumn, type ExportRelation } from '../common/csvExport';
import { relatedDossierName } from '../common/exportReferences';

/**
 * Messages: when, which dossier, who wrote (customer / agent / system), the text, when it was read,
 * how many files came with it. Not the attachments themselves (their storage paths).
 */
export const messageExportColumns: ExportColumn[] = [
  { label: 'resources.messages.fields.created_at', value: (r, _, f) => f.dateTime(r.created_at) },
  { label: 'resources.messages.fields.dossier_id', value: (r, related, f) => relatedDossierName(related, 'dossier_id', r, f) },
  { label: 'resources.messages.fields.sender_type', value: (r, _, f) => f.enumLabel('actor_type', r.sender_type) },
  { label: 'resources.messages.fields.body', value: (r) => String(r.body ?? '') },
  { label: 'resources.messages.fields.read_at', value: (r, _, f) => f.dateTime(r.read_at) },
  { label: 'resources.messages.fields.attachments', value: (r) => (Array.isArray(r.attachments) ? r.attachments.length : 0) },
];

export const messageExportRelations: ExportRelation[] = [{ source: 'dossier_id', reference: 'dossiers' }];

export const useMessageExporter = () => useCsvExporter(messageExportColumns, messageExportRelations);
