import { relatedName, useCsvExporter, type ExportColumn, type ExportRelation } from '../common/csvExport';

/** Orders: customer and product by name, the amount in currency units, the status label. */
export const orderExportColumns: ExportColumn[] = [
  { label: 'resources.orders.fields.created_at', value: (r, _, f) => f.dateTime(r.created_at) },
  { label: 'resources.orders.fields.user_id', value: (r, related) => relatedName(related, 'user_id', r) },
  { label: 'resources.orders.fields.product_id', value: (r, related) => relatedName(related, 'product_id', r) },
  { label: 'resources.orders.fields.amount', value: (r, _, f) => f.money(r.amount, r.currency) },
  { label: 'resources.orders.fields.status', value: (r, _, f) => f.enumLabel('order_status', r.status) },
  { label: 'resources.orders.fields.paid_at', value: (r, _, f) => f.dateTime(r.paid_at) },
];

export const orderExportRelations: ExportRelation[] = [
  { source: 'user_id', reference: 'profiles' },
  { source: 'product_id', reference: 'products' },
];

export const useOrderExporter = () => useCsvExporter(orderExportColumns, orderExportRelations);
