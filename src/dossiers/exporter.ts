import { relatedName, useCsvExporter, type ExportColumn, type ExportRelation } from '../common/csvExport';

/** Dossiers: customer and product by name, type and status labels, dates. */
export const dossierExportColumns: ExportColumn[] = [
  { label: 'resources.dossiers.fields.created_at', value: (r, _, f) => f.dateTime(r.created_at) },
  { label: 'resources.dossiers.fields.user_id', value: (r, related) => relatedName(related, 'user_id', r) },
  { label: 'resources.dossiers.fields.product_id', value: (r, related) => relatedName(related, 'product_id', r) },
  { label: 'resources.dossiers.fields.type', value: (r, _, f) => f.enumLabel('dossier_type', r.type) },
  { label: 'resources.dossiers.fields.status', value: (r, _, f) => f.enumLabel('dossier_status_code', r.status) },
  { label: 'resources.dossiers.fields.completed_at', value: (r, _, f) => f.dateTime(r.completed_at) },
  { label: 'resources.dossiers.fields.updated_at', value: (r, _, f) => f.dateTime(r.updated_at) },
];

export const dossierExportRelations: ExportRelation[] = [
  { source: 'user_id', reference: 'profiles' },
  { source: 'product_id', reference: 'products' },
];

export const useDossierExporter = () => useCsvExporter(dossierExportColumns, dossierExportRelations);
