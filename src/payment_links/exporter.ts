import { relatedName, useCsvExporter, type ExportColumn, type ExportRelation } from '../common/csvExport';
import { paymentLinkStatus } from './status';

/** Payment links as a seller reads them; never the checkout token or URL (they let anyone pay). */
export const paymentLinkExportColumns: ExportColumn[] = [
  { label: 'resources.payment_links.fields.created_at', value: (r, _, f) => f.dateTime(r.created_at) },
  { label: 'resources.payment_links.fields.prospect_name', value: (r) => String(r.prospect_name ?? '') },
  { label: 'resources.payment_links.fields.prospect_email', value: (r) => String(r.prospect_email ?? '') },
  { label: 'resources.payment_links.fields.product_id', value: (r, related) => relatedName(related, 'product_id', r) },
  { label: 'resources.payment_links.fields.created_by', value: (r, related) => relatedName(related, 'created_by', r) },
  { label: 'resources.payment_links.fields.status', value: (r, _, f) => f.enumLabel('payment_link_status', paymentLinkStatus(r)) },
  { label: 'resources.payment_links.fields.expires_at', value: (r, _, f) => f.dateTime(r.expires_at) },
  { label: 'resources.payment_links.fields.used_at', value: (r, _, f) => f.dateTime(r.used_at) },
];

export const paymentLinkExportRelations: ExportRelation[] = [
  { source: 'product_id', reference: 'products' },
  { source: 'created_by', reference: 'agent_directory' },
];

export const usePaymentLinkExporter = () => useCsvExporter(paymentLinkExportColumns, paymentLinkExportRelations);
