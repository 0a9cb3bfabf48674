import { useCsvExporter, type ExportColumn } from '../common/csvExport';

/** Customers: contact details and the status label (no Stripe ids). */
export const profileExportColumns: ExportColumn[] = [
  { label: 'resources.profiles.fields.full_name', value: (r) => String(r.full_name ?? '') },
  { label: 'resources.profiles.fields.email', value: (r) => String(r.email ?? '') },
  { label: 'resources.profiles.fields.phone', value: (r) => String(r.phone ?? '') },
  { label: 'resources.profiles.fields.status', value: (r, _, f) => f.enumLabel('user_status', r.status) },
  { label: 'resources.profiles.fields.created_at', value: (r, _, f) => f.dateTime(r.created_at) },
];

export const useProfileExporter = () => useCsvExporter(profileExportColumns);
