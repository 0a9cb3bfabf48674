/**
 * What every backfill of the v2 migrations must have produced on the v1 rows, written
 * independently of the migration's own SQL (20250601000110, 000150, 000500): each rule selects
 * the rows whose v2 value is not what the rule says (empty = the backfill is right).
 */
export interface BackfillRule {
  id: string;
  title: string;
  sql: string;
}

const ACTOR = (idColumn: string) => `case when ${idColumn} is null then 'SYSTEM'
  when exists (select 1 from public.agents a where a.id = ${idColumn}) then 'AGENT' else 'USER' end`;

export const BACKFILL_RULES: BackfillRule[] = [
  {
    id: 'dossiers.product_id',
    title: 'every dossier has the product of its type (LLC -> LLC_FORMATION, CORP -> CORP_FORMATION, DUBAI -> DUBAI_SETUP)',
    sql: `select d.id, d.type::text as type, p.code as product from public.dossiers d left join public.products p on p.id = d.product_id
          where p.code is distinct from case d.type::text when 'LLC' then 'LLC_FORMATION' when 'CORP' then 'CORP_FORMATION' when 'DUBAI' then 'DUBAI_SETUP' end`,
  },
  {
    id: 'profiles.email',
    title: "profiles without an e-mail get their auth user's",
    sql: `select p.id, u.email as auth_email from public.profiles p join auth.users u on u.id = p.id where p.email is null and u.email is not null`,
  },
  {
    id: 'agents.email',
    title: "agents without an e-mail get their auth user's",
    sql: `select a.id, u.email as auth_email from public.agents a join auth.users u on u.id = a.id where a.email is null and u.email is not null`,
  },
  {
    id: 'agents.updated_at',
    title: 'legacy agents: updated_at = created_at',
    sql: `select id, created_at, updated_at from public.agents where updated_at is distinct from created_at`,
  },
  {
    id: 'document_types.updated_at',
    title: 'legacy document types: updated_at = created_at',
    sql: `select id, created_at, updated_at from public.document_types where updated_at is distinct from created_at`,
  },
  {
    id: 'document_versions.version_number',
    title: 'version_number = 1, 2, ... per document in upload order (uploaded_at, id)',
    sql: `select v.id, v.document_id, v.version_number, n.rn as expected from public.document_versions v
          join (select id, row_number() over (partition by document_id order by uploaded_at, id) as rn from public.document_versions) n on n.id = v.id
          where v.version_number is distinct from n.rn`,
  },
  {
    id: 'document_versions.uploaded_by_type',
    title: 'uploader type from who uploaded (NULL -> SYSTEM, an agent -> AGENT, else USER)',
    sql: `select id, uploaded_by_id, uploaded_by_type::text as found from public.document_versions
          where uploaded_by_type::text is distinct from (${ACTOR('uploaded_by_id')})`,
  },
  {
    id: 'document_versions.file_name',
    title: 'file_name = the last part of storage_path',
    sql: `select id, storage_path, file_name from public.document_versions where file_name is distinct from regexp_replace(storage_path, '^.*/', '')`,
  },
  {
    id: 'messages.sender_type',
    title: 'sender type from the sender (NULL -> SYSTEM, an agent -> AGENT, else USER)',
    sql: `select id, sender_id, sender_type::text as found from public.messages where sender_type::text is distinct from (${ACTOR('sender_id')})`,
  },
  {
    id: 'dossier_status_history.new_status',
    title: 'new_status = the v1 status',
    sql: `select id, status::text as status, new_status::text as new_status from public.dossier_status_history where new_status is distinct from status`,
  },
  {
    id: 'dossier_status_history.old_status',
    title: 'old_status = the previous status of the same dossier (created_at, id order)',
    sql: `select h.id, h.old_status::text as found, l.prev::text as expected from public.dossier_status_history h
          join (select id, lag(status) over (partition by dossier_id order by created_at, id) as prev from public.dossier_status_history) l on l.id = h.id
          where h.old_status is distinct from l.prev`,
  },
  {
    id: 'dossier_status_history.changed_by_type',
    title: 'changed_by_type from who changed it',
    sql: `select id, changed_by_id, changed_by_type::text as found from public.dossier_status_history
          where changed_by_type::text is distinct from (${ACTOR('changed_by_id')})`,
  },
  {
    id: 'events.actor_type',
    title: 'v1 events are SYSTEM events with no actor id',
    sql: `select id, actor_type::text as actor_type, actor_id from public.events where actor_type::text <> 'SYSTEM' or actor_id is not null`,
  },
  {
    id: 'events.dossier_id',
    title: "events.dossier_id derived from the entity or the payload's uuid dossier_id",
    sql: `select id, entity_type, dossier_id from public.events
          where dossier_id is distinct from private.event_dossier_id(entity_type, entity_id, payload)`,
  },
  {
    id: 'documents.step_instance_id',
    title: 'documents attached to the latest instance of the step requiring their type',
    sql: `select d.id, d.step_instance_id as found, (
            select si.id from public.step_instances si where si.dossier_id = d.dossier_id and si.step_id = dt.required_step_id
            order by si.created_at desc, si.id desc limit 1) as expected
          from public.documents d join public.document_types dt on dt.id = d.document_type_id
          where d.step_instance_id is distinct from (
            select si.id from public.step_instances si where si.dossier_id = d.dossier_id and si.step_id = dt.required_step_id
            order by si.created_at desc, si.id desc limit 1)`,
  },
];
