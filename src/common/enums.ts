/** Enum labels of the v2 schema (supabase/migrations), shown through app.enums.<type>.<value>. */
export const ENUMS = {
  dossier_type: ['LLC', 'CORP', 'DUBAI', 'COMPLIANCE', 'ACCOUNTING'],
  dossier_status_code: ['QUALIFICATION', 'IN_PROGRESS', 'UNDER_REVIEW', 'COMPLETED', 'ON_HOLD', 'CANCELLED'],
  document_status: ['PENDING', 'APPROVED', 'REJECTED', 'OUTDATED'],
  order_status: ['PENDING', 'PAID', 'FAILED', 'REFUNDED', 'CANCELLED'],
  user_status: ['PENDING', 'ACTIVE', 'SUSPENDED'],
  actor_type: ['USER', 'AGENT', 'SYSTEM'],
  agent_role: ['AGENT', 'REVIEWER', 'MANAGER', 'ADMIN'],
  notification_channel: ['EMAIL', 'SMS', 'IN_APP'],
  step_instance_status: ['PENDING', 'IN_PROGRESS', 'COMPLETED', 'SKIPPED'],
  payment_link_status: ['active', 'used', 'expired', 'cancelled'],
  event_type: [
    'DOSSIER_CREATED',
    'DOSSIER_STATUS_CHANGED',
    'DOCUMENT_UPLOADED',
    'DOCUMENT_REVIEWED',
    'STEP_ASSIGNED',
    'STEP_COMPLETED',
    'MESSAGE_SENT',
    'PAYMENT_LINK_CREATED',
    'PAYMENT_LINK_CANCELLED',
    'PAYMENT_RECEIVED',
    'PAYMENT_FAILED',
    'PAYMENT_REFUNDED',
    'ORDER_CANCELLED',
    'PAYMENT_REMINDER_SENT',
  ],
} as const;

export type EnumName = keyof typeof ENUMS;

/** Choices for SelectInput / SelectField; names are translation keys. */
export const enumChoices = (name: EnumName) =>
  ENUMS[name].map((value) => ({ id: value, name: `app.enums.${name}.${value}` }));
