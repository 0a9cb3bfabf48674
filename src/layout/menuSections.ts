/** The menu, grouped by area (spec/product.md §3). Items appear only if canAccess(list). */
export const MENU_SECTIONS = [
  { key: 'sales', resources: ['payment_links', 'orders', 'payment_reminders'] },
  { key: 'operations', resources: ['dossiers', 'step_instances', 'documents', 'document_versions', 'messages'] },
  { key: 'catalog', resources: ['products', 'steps', 'document_types'] },
  { key: 'team', resources: ['agents', 'profiles'] },
] as const;
