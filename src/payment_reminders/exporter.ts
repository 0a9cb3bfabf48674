import { relatedName, useCsvExporter, type ExportColumn, type ExportRelation } from '../common/csvExport';

/** Payment reminders: who was reminded, how and when, and whether they clicked. */
export const paymentReminderExportColumns: ExportColumn[] = [
  { label: 'resources.payment_reminders.fields.sent_at', value: (r, _, f) => f.dateTime(r.sent_at) },
  { label: 'resources.payment_reminders.fields.user_id', value: (r, related) => relatedName(related, 'user_id', r) },
  { label: 'resources.payment_reminders.fields.sent_via', value: (r, _, f) => f.enumLabel('notification_channel', r.sent_via) },
  { label: 'resources.payment_reminders.fields.clicked_at', value: (r, _, f) => f.dateTime(r.clicked_at) },
];

export const paymentReminderExportRelations: ExportRelation[] = [{ source: 'user_id', reference: 'profiles' }];

export const usePaymentReminderExporter = () => useCsvExporter(paymentReminderExportColumns, paymentReminderExportRelations);
