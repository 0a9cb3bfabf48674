/**
 * The v1 schema the v2 migrations expect (supabase/migrations/20240101000000_v1_baseline.sql,
 * guide-review §A): every v1 table with its columns, types (format_type) and NOT NULL flags.
 * A test compares it with the catalog of a database built from the baseline, so it cannot drift.
 */
const TS = 'timestamp with time zone';
type Column = [name: string, type: string, notNull: boolean];

export const V1_TABLES: Record<string, Column[]> = {
  profiles: [
    ['id', 'uuid', true],
    ['full_name', 'text', false],
    ['phone', 'text', false],
    ['created_at', TS, true],
    ['updated_at', TS, true],
  ],
  agents: [
    ['id', 'uuid', true],
    ['full_name', 'text', false],
    ['created_at', TS, true],
  ],
  steps: [
    ['id', 'uuid', true],
    ['code', 'text', true],
    ['label', 'text', true],
    ['position', 'integer', true],
    ['created_at', TS, true],
  ],
  document_types: [
    ['id', 'uuid', true],
    ['code', 'text', true],
    ['label', 'text', true],
    ['required_step_id', 'uuid', false],
    ['created_at', TS, true],
  ],
  dossiers: [
    ['id', 'uuid', true],
    ['user_id', 'uuid', true],
    ['type', 'dossier_type', true],
    ['status', 'dossier_status_code', true],
    ['created_at', TS, true],
    ['updated_at', TS, true],
    ['current_step_instance_id', 'uuid', false],
  ],
  step_instances: [
    ['id', 'uuid', true],
    ['dossier_id', 'uuid', true],
    ['step_id', 'uuid', true],
    ['status', 'text', true],
    ['started_at', TS, false],
    ['completed_at', TS, false],
    ['created_at', TS, true],
  ],
  documents: [
    ['id', 'uuid', true],
    ['dossier_id', 'uuid', true],
    ['document_type_id', 'uuid', true],
    ['status', 'document_status', true],
    ['created_at', TS, true],
    ['updated_at', TS, true],
  ],
  document_versions: [
    ['id', 'uuid', true],
    ['document_id', 'uuid', true],
    ['storage_path', 'text', true],
    ['uploaded_by', 'uuid', false],
    ['uploaded_at', TS, true],
  ],
  document_reviews: [
    ['id', 'uuid', true],
    ['document_version_id', 'uuid', true],
    ['reviewer_id', 'uuid', false],
    ['decision', 'document_status', true],
    ['created_at', TS, true],
  ],
  messages: [
    ['id', 'uuid', true],
    ['dossier_id', 'uuid', true],
    ['sender_id', 'uuid', false],
    ['body', 'text', true],
    ['created_at', TS, true],
  ],
  events: [
    ['id', 'uuid', true],
    ['entity_type', 'text', true],
    ['entity_id', 'uuid', true],
    ['event_type', 'event_type', true],
    ['payload', 'jsonb', true],
    ['created_at', TS, true],
  ],
  notifications: [
    ['id', 'uuid', true],
    ['user_id', 'uuid', true],
    ['title', 'text', true],
    ['body', 'text', false],
    ['read_at', TS, false],
    ['created_at', TS, true],
  ],
  notification_deliveries: [
    ['id', 'uuid', true],
    ['notification_id', 'uuid', true],
    ['channel', 'notification_channel', true],
    ['status', 'notification_status', true],
    ['sent_at', TS, false],
    ['created_at', TS, true],
  ],
  dossier_status_history: [
    ['id', 'uuid', true],
    ['dossier_id', 'uuid', true],
    ['status', 'dossier_status_code', true],
    ['changed_by', 'uuid', false],
    ['created_at', TS, true],
  ],
};

/** v1 enums and their v1 labels, in order. */
export const V1_ENUMS: Record<string, string[]> = {
  dossier_type: ['LLC', 'CORP'],
  dossier_status_code: ['QUALIFICATION', 'ON_HOLD', 'CANCELLED'],
  document_status: ['PENDING', 'APPROVED', 'REJECTED'],
  event_type: ['DOSSIER_STATUS_CHANGED', 'DOCUMENT_UPLOADED', 'DOCUMENT_REVIEWED', 'STEP_COMPLETED'],
  notification_channel: ['EMAIL', 'SMS', 'IN_APP'],
  notification_status: ['PENDING', 'SENT', 'FAILED'],
};

/** v1 columns v2 renames (the v1 name -> the v2 name). */
export const V1_RENAMES: Record<string, string> = {
  'document_versions.uploaded_by': 'uploaded_by_id',
  'dossier_status_history.changed_by': 'changed_by_id',
};

/** The v1 columns of each v1 table as v2 names them (what the migration must preserve). */
export function preservedColumns(): Record<string, { v1: string; v2: string }[]> {
  return Object.fromEntries(
    Object.entries(V1_TABLES).map(([table, cols]) => [
      table,
      cols.map(([name]) => ({ v1: name, v2: V1_RENAMES[`${table}.${name}`] ?? name })),
    ]),
  );
}
