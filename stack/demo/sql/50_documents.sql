-- Demo data generator, part 5: documents of the started steps with several versions (the older
-- ones rejected with notes, or outdated by a newer upload before anyone reviewed them), reviews and
-- the customer's notifications.

create temp table demo_document on commit drop as
with candidates as (
  select si.n, si.id as step_instance_id, si.dossier_id, si.pos, si.k, si.started_at, si.assigned_to,
         coalesce(si.completed_at, cfg.anchor - interval '10 minutes') as window_end,
         dt.id as document_type_id, dt.code as type_code, dt.allowed_extensions,
         d.status as dossier_status, d.user_id,
         pg_temp.demo_u('document-state:' || si.n || ':' || dt.code) as u_state
  from demo_si si
  join demo_dossier d on d.n = si.n
  join public.document_types dt on dt.required_step_id = si.step_id
  cross join demo_cfg cfg
  where si.started_at is not null
)
select c.*,
       pg_temp.demo_id('document:' || c.n || ':' || c.type_code) as id,
       case
         when c.pos < c.k then 'APPROVED'
         when c.dossier_status = 'UNDER_REVIEW' then 'PENDING'
         when c.u_state < 0.25 then 'MISSING'
         when c.u_state < 0.5 then 'REJECTED'
         when c.u_state < 0.8 then 'PENDING'
         else 'APPROVED'
       end as state,
       1 + (pg_temp.demo_u('versions:' || c.n || ':' || c.type_code) < 0.4)::integer
         + (pg_temp.demo_u('versions:' || c.n || ':' || c.type_code) < 0.12)::integer as nv
from candidates c;
analyze demo_document;

delete from demo_document where state = 'MISSING';

create temp table demo_version on commit drop as
with v as (
  select d.*, g as version_number,
         extract(epoch from (d.window_end - d.started_at)) as span,
         pg_temp.demo_pick(d.allowed_extensions, 'extension:' || d.n || ':' || d.type_code) as ext
  from demo_document d
  cross join generate_series(1, d.nv) as g
)
select
  pg_temp.demo_id('version:' || v.n || ':' || v.type_code || ':' || v.version_number) as id,
  v.id as document_id, v.n, v.type_code, v.dossier_id, v.user_id, v.version_number, v.nv, v.state,
  v.started_at + make_interval(secs => v.span * (v.version_number - 0.7
    + 0.3 * pg_temp.demo_u('upload-at:' || v.n || ':' || v.type_code || ':' || v.version_number)) / (v.nv + 0.5)) as uploaded_at,
  v.started_at + make_interval(secs => v.span * (v.version_number - 0.5 + 0.3
    * pg_temp.demo_u('upload-at:' || v.n || ':' || v.type_code || ':' || v.version_number)) / (v.nv + 0.5)) as reviewed_at,
  case when v.assigned_to is not null and pg_temp.demo_u('uploader:' || v.n || ':' || v.type_code || ':' || v.version_number) < 0.15
       then 'AGENT' else 'USER' end::public.actor_type as uploaded_by_type,
  case when v.assigned_to is not null and pg_temp.demo_u('uploader:' || v.n || ':' || v.type_code || ':' || v.version_number) < 0.15
       then v.assigned_to else v.user_id end as uploaded_by_id,
  lower(v.type_code) || case when v.version_number > 1 then '_v' || v.version_number else '' end || '.' || v.ext as file_name,
  case v.ext
    when 'pdf' then 'application/pdf'
    when 'jpg' then 'image/jpeg'
    when 'jpeg' then 'image/jpeg'
    when 'png' then 'image/png'
    when 'csv' then 'text/csv'
    when 'xlsx' then 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    when 'docx' then 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    else 'application/octet-stream'
  end as mime_type,
  (40000 + pg_temp.demo_h('size:' || v.n || ':' || v.type_code || ':' || v.version_number) % 4000000)::bigint as file_size_bytes
from v;
analyze demo_version;

-- Reviews: older versions REJECTED with notes, or OUTDATED (replaced before any review, no
-- reviewer); the latest version APPROVED / REJECTED, or none while it waits in the queue.
create temp table demo_review on commit drop as
select
  pg_temp.demo_id('review:' || x.n || ':' || x.type_code || ':' || x.version_number) as id,
  x.id as document_version_id, x.document_id, x.n, x.dossier_id, x.user_id, x.version_number, x.decision,
  case when x.decision = 'OUTDATED' then null
       else pg_temp.demo_pick(pool.reviewers, 'reviewer:' || x.n || ':' || x.type_code || ':' || x.version_number) end as reviewer_id,
  case x.decision
    when 'OUTDATED' then 'Replaced by version ' || (x.version_number + 1) || ' before review.'
    when 'REJECTED' then pg_temp.demo_pick(array[
      'The scan is blurry, please upload a sharper copy.',
      'The document has expired.',
      'The name does not match the passport.',
      'Page 2 is missing.',
      'The address proof is older than 3 months.',
      'The signature is missing on the last page.',
      'Wrong document type uploaded.'], 'reject-note:' || x.n || ':' || x.type_code || ':' || x.version_number)
    else case when pg_temp.demo_u('approve-note:' || x.n || ':' || x.type_code) < 0.3 then 'Checked, all good.' end
  end as notes,
  x.reviewed_at as created_at
from (
  select v.*,
         case
           when v.version_number < v.nv then
             case when pg_temp.demo_u('older:' || v.n || ':' || v.type_code || ':' || v.version_number) < 0.8
                  then 'REJECTED' else 'OUTDATED' end
           when v.state = 'APPROVED' then 'APPROVED'
           when v.state = 'REJECTED' then 'REJECTED'
         end::public.document_status as decision
  from demo_version v
) x
cross join demo_pool pool
where x.decision is not null;
analyze demo_review;

-- In-app notifications of the reviews (approved / rejected) to the customer.
create temp table demo_notification on commit drop as
select
  pg_temp.demo_id('notification:' || r.id) as id,
  r.user_id, r.id as review_id, pg_temp.demo_id('event:reviewed:' || r.id) as event_id,
  case r.decision when 'APPROVED' then 'Document approved' else 'Document rejected' end as title,
  case r.decision when 'APPROVED' then 'Your document was approved.'
       else 'Your document was rejected: ' || coalesce(r.notes, '') end as body,
  '/dossiers/' || r.dossier_id as action_url,
  r.created_at,
  case when pg_temp.demo_u('notification-read:' || r.id) < 0.7
       then least(cfg.anchor - interval '1 minute', r.created_at + make_interval(hours => 1 + (pg_temp.demo_h('read-at:' || r.id) % 48)::integer)) end as read_at
from demo_review r
cross join demo_cfg cfg
where r.decision in ('APPROVED', 'REJECTED');
analyze demo_notification;
