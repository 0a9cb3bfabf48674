import { useCsvExporter, type ExportColumn } from '../common/csvExport';

/** The catalog: the price in currency units, labels instead of codes, yes/no for active. */
export const productExportColumns: ExportColumn[] = [
  { label: 'resources.products.fields.code', value: (r) => String(r.code ?? '') },
  { label: 'resources.products.fields.name', value: (r) => String(r.name ?? '') },
  { label: 'resources.products.fields.dossier_type', value: (r, _, f) => f.enumLabel('dossier_type', r.dossier_type) },
  { label: 'resources.products.fields.price_amount', value: (r, _, f) => f.money(r.price_amount, r.currency) },
  { label: 'resources.products.fields.active', value: (r, _, f) => f.yesNo(r.active) },
  { label: 'resources.products.fields.updated_at', value: (r, _, f) => f.dateTime(r.updated_at) },
];

export const useProductExporter = () => useCsvExporter(productExportColumns);
