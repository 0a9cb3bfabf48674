/**
 * v1 rows that a v2 constraint (or a v2 index) would reject, one rule per constraint, read from
 * 20250601000140..000170 and 000500. Each rule is a query returning the offending rows (with ids);
 * rules on columns v2 adds run only when v1 already has that column (otherwise nothing can violate them).
 */
export interface RowRule {
  id: string;
  level: 'refuse' | 'warn';
  title: string;
  /** the migration and constraint that would fail, or what would go wrong */
  why: string;
  /** table.column names that must exist for the rule to apply */
  requires: string[];
  /** select returning the offending rows; `limit` is appended */
  sql: string;
}

const UUID = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;
const snippet = (expr: string) => `left(${expr}::text, 120)`;

export const ROW_RULES: RowRule[] = [
  {
    id: 'dossier-type-has-product',
    level: 'refuse',
    title: 'Dossiers whose type has no product',
    why: '000150 maps LLC, CORP, DUBAI to a product; 000160 then sets dossiers.product_id NOT NULL',
    requires: ['dossiers.type'],
    sql: `select id, type::text as type from public.dossiers where type::text not in ('LLC', 'CORP', 'DUBAI')`,
  },
  {
    id: 'history-status-present',
    level: 'refuse',
    title: 'Status history rows without a status',
    why: '000150 copies status into new_status; 000160 validates new_status NOT NULL',
    requires: ['dossier_status_history.status'],
    sql: `select id, dossier_id from public.dossier_status_history where status is null`,
  },
  {
    id: 'step-instance-status-known',
    level: 'warn',
    title: 'Step instances with a status v2 does not know',
    why: 'v2 code and triggers know PENDING, IN_PROGRESS, COMPLETED; other values are kept but never advance',
    requires: ['step_instances.status'],
    sql: `select id, ${snippet('status')} as status from public.step_instances where status not in ('PENDING', 'IN_PROGRESS', 'COMPLETED')`,
  },
  {
    id: 'event-payload-dossier-id',
    level: 'warn',
    title: 'Events whose payload dossier_id is not a uuid',
    why: '000500 derives events.dossier_id from the payload only when it is a uuid; these events get none (not on a dossier timeline)',
    requires: ['events.payload'],
    sql: `select id, ${snippet("payload ->> 'dossier_id'")} as dossier_id, octet_length(payload ->> 'dossier_id') as bytes
          from public.events where payload ? 'dossier_id' and jsonb_typeof(payload -> 'dossier_id') is distinct from 'null'
            and coalesce(payload ->> 'dossier_id', '') !~* ${UUID}`,
  },
  {
    id: 'stripe-customer-id-unique',
    level: 'refuse',
    title: 'Profiles sharing a stripe_customer_id',
    why: '000170 creates the unique index profiles_stripe_customer_id_key',
    requires: ['profiles.stripe_customer_id'],
    sql: `select id, stripe_customer_id from public.profiles p
          where stripe_customer_id is not null
            and exists (select 1 from public.profiles q where q.stripe_customer_id = p.stripe_customer_id and q.id <> p.id)`,
  },
  {
    id: 'version-number-valid',
    level: 'refuse',
    title: 'Document versions with a non-positive or repeated version_number',
    why: '000160 validates document_versions_version_number_positive; 000170 creates the unique (document_id, version_number)',
    requires: ['document_versions.version_number'],
    sql: `select id, document_id, version_number from public.document_versions v
          where version_number <= 0
             or exists (select 1 from public.document_versions w
                        where w.document_id = v.document_id and w.version_number = v.version_number and w.id <> v.id)`,
  },
  {
    id: 'file-size-non-negative',
    level: 'refuse',
    title: 'Document versions with a negative file_size_bytes',
    why: '000160 validates document_versions_file_size_positive',
    requires: ['document_versions.file_size_bytes'],
    sql: `select id, file_size_bytes from public.document_versions where file_size_bytes < 0`,
  },
  {
    id: 'max-file-size-positive',
    level: 'refuse',
    title: 'Document types with max_file_size_mb <= 0',
    why: '000160 validates document_types_max_file_size_positive',
    requires: ['document_types.max_file_size_mb'],
    sql: `select id, code, max_file_size_mb from public.document_types where max_file_size_mb <= 0`,
  },
  {
    id: 'event-actor-present',
    level: 'refuse',
    title: 'Events with a non-SYSTEM actor_type and no actor_id',
    why: '000160 validates events_actor_check',
    requires: ['events.actor_type', 'events.actor_id'],
    sql: `select id, actor_type::text as actor_type from public.events where actor_type::text <> 'SYSTEM' and actor_id is null`,
  },
  {
    id: 'message-sender-present',
    level: 'refuse',
    title: 'Messages with a non-SYSTEM sender_type and no sender_id',
    why: '000160 validates messages_sender_check',
    requires: ['messages.sender_type', 'messages.sender_id'],
    sql: `select id, sender_type::text as sender_type from public.messages where sender_type::text <> 'SYSTEM' and sender_id is null`,
  },
  {
    id: 'upload-actor-present',
    level: 'refuse',
    title: 'Document versions with a non-SYSTEM uploaded_by_type and no uploader',
    why: '000160 validates document_versions_uploader_check',
    requires: ['document_versions.uploaded_by_type', 'document_versions.uploaded_by'],
    sql: `select id, uploaded_by_type::text as uploaded_by_type from public.document_versions
          where uploaded_by_type::text <> 'SYSTEM' and uploaded_by is null`,
  },
  {
    id: 'history-actor-present',
    level: 'refuse',
    title: 'Status history rows with a non-SYSTEM changed_by_type and no changed_by',
    why: '000160 validates dossier_status_history_changed_by_check',
    requires: ['dossier_status_history.changed_by_type', 'dossier_status_history.changed_by'],
    sql: `select id, changed_by_type::text as changed_by_type from public.dossier_status_history
          where changed_by_type::text <> 'SYSTEM' and changed_by is null`,
  },
];
