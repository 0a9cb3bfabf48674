/**
 * `npm run seed:demo` (small scale) in a scratch database with the migrations and seed.sql:
 * realistic coverage (every status, every step, several versions, every sender...), scoping
 * visible for the demo agent, referential integrity, determinism and idempotency.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, getStack, sql, type ScratchDatabase } from '../testing/context';
import { applyMigrations, applySeed } from '../services/migrations';
import { seedDemo } from './index';

const ANCHOR = new Date('2026-06-01T00:00:00Z');
const AGENT = 'a0000000-0000-4000-8000-000000000003';
let db: ScratchDatabase;
let first: Awaited<ReturnType<typeof seedDemo>>;

const q = <T extends Record<string, unknown>>(text: string, values: unknown[] = []) => sql<T>(text, values, db.url);
const values = async (text: string) => (await q<{ v: string }>(text)).map((r) => r.v).sort();

/** A fingerprint of every row of the tables the generator writes. */
const fingerprint = async () =>
  q<{ t: string; n: string; h: string }>(`
    select t, count(*) as n, md5(string_agg(h, ',' order by h)) as h from (
      select 'users' t, md5(u.id::text || u.email || u.encrypted_password) h from auth.users u
      union all select 'profiles', md5(p::text) from public.profiles p
      union all select 'links', md5(l::text) from public.payment_links l
      union all select 'orders', md5(o::text) from public.orders o
      union all select 'dossiers', md5(d::text) from public.dossiers d
      union all select 'steps', md5(s::text) from public.step_instances s
      union all select 'versions', md5(v::text) from public.document_versions v
      union all select 'reviews', md5(r::text) from public.document_reviews r
      union all select 'messages', md5(m::text) from public.messages m
      union all select 'events', md5(e::text) from public.events e
      union all select 'history', md5(h::text) from public.dossier_status_history h
      union all select 'reminders', md5(r::text) from public.payment_reminders r
      union all select 'notifications', md5(n::text) from public.notifications n
    ) x group by t order by t`);

beforeAll(async () => {
  const root = getStack().rootDir;
  db = await createScratchDatabase();
  await applyMigrations(db.url, path.join(root, 'supabase', 'migrations'));
  await applySeed(db.url, path.join(root, 'supabase', 'seed.sql'));
  first = await seedDemo(db.url, 'small', { anchor: ANCHOR });
}, 240_000);

afterAll(async () => {
  await db?.drop();
});

describe('seed:demo (small)', () => {
  it('is small and quick: a few hundred orders, about a hundred dossiers', () => {
    expect(first.orders).toBe(240);
    expect(first.dossiers).toBeGreaterThanOrEqual(90);
    expect(first.dossiers).toBeLessThanOrEqual(160);
    expect(first.events).toBeGreaterThan(1000);
    expect(first.ms).toBeLessThan(20_000);
  });

  it('has orders, customers and dossiers in every status, and links in every state', async () => {
    expect(await values('select distinct status::text v from public.orders')).toEqual([
      'CANCELLED',
      'FAILED',
      'PAID',
      'PENDING',
      'REFUNDED',
    ]);
    expect(await values('select distinct status::text v from public.profiles')).toEqual(['ACTIVE', 'PENDING', 'SUSPENDED']);
    expect(await values('select distinct status::text v from public.dossiers')).toEqual([
      'CANCELLED',
      'COMPLETED',
      'IN_PROGRESS',
      'ON_HOLD',
      'QUALIFICATION',
      'UNDER_REVIEW',
    ]);
    expect(
      await values(`
      select distinct case when used_at is not null then 'used' when cancelled_at is not null then 'cancelled'
                           when expires_at <= '${ANCHOR.toISOString()}' then 'expired' else 'active' end v
      from public.payment_links`),
    ).toEqual(['active', 'cancelled', 'expired', 'used']);
  });

  it('has a dossier currently at every step of every workflow', async () => {
    const missing = await q(`
      select p.code, s.code as step from public.product_steps ps
      join public.products p on p.id = ps.product_id join public.steps s on s.id = ps.step_id
      where not exists (select 1 from public.step_instances si join public.dossiers d on d.id = si.dossier_id
                        where d.product_id = ps.product_id and si.step_id = ps.step_id and si.status = 'IN_PROGRESS')`);
    expect(missing).toEqual([]);
  });

  it('paid orders have a dossier and Stripe-like ids; unpaid ones none', async () => {
    const [row] = await q<{ bad: string }>(`
      select count(*) filter (where (status in ('PAID', 'REFUNDED')) <> (dossier_id is not null)
                              or stripe_checkout_session_id !~ '^cs_test_[0-9a-f]{52}$'
                              or (status in ('PAID', 'REFUNDED', 'FAILED') and stripe_payment_intent_id !~ '^pi_3[0-9a-f]{24}$')) as bad
      from public.orders`);
    expect(Number(row!.bad)).toBe(0);
  });

  it('documents have several versions: older ones rejected with notes or outdated, the latest reviewed or waiting', async () => {
    const [row] = await q<{ multi: string; older_unreviewed: string; rejected_without_notes: string; pending: string }>(`
      select
        (select count(*) from public.document_versions where version_number > 1) as multi,
        (select count(*) from public.document_versions v
          where exists (select 1 from public.document_versions n where n.document_id = v.document_id and n.version_number > v.version_number)
            and not exists (select 1 from public.document_reviews r where r.document_version_id = v.id
                            and r.decision in ('REJECTED', 'OUTDATED'))) as older_unreviewed,
        (select count(*) from public.document_reviews where decision = 'REJECTED' and coalesce(notes, '') = '') as rejected_without_notes,
        (select count(*) from public.documents where status = 'PENDING') as pending`);
    expect(Number(row!.multi)).toBeGreaterThan(10);
    expect(Number(row!.older_unreviewed)).toBe(0);
    expect(Number(row!.rejected_without_notes)).toBe(0);
    expect(Number(row!.pending)).toBeGreaterThan(0);
    const [paths] = await q<{ bad: string }>(`
      select count(*) filter (where v.storage_path <> d.dossier_id || '/' || d.id || '/' || v.id || '-' || v.file_name) as bad
      from public.document_versions v join public.documents d on d.id = v.document_id`);
    expect(Number(paths!.bad)).toBe(0);
  });

  it('has messages from USER, AGENT and SYSTEM, every event type, reminders (some clicked), notifications', async () => {
    expect(await values('select distinct sender_type::text v from public.messages')).toEqual(['AGENT', 'SYSTEM', 'USER']);
    const types = await values('select unnest(enum_range(null::public.event_type))::text v');
    expect(await values('select distinct event_type::text v from public.events')).toEqual(types);
    expect(await values('select distinct (clicked_at is not null)::text v from public.payment_reminders')).toEqual(['false', 'true']);
    const [n] = await q<{ n: string }>('select count(*) as n from public.notifications');
    expect(Number(n!.n)).toBeGreaterThan(0);
  });

  it('the demo agent owns some but not all links, and is assigned some but not all dossiers', async () => {
    const [row] = await q<{ own: string; links: string; assigned: string; dossiers: string }>(
      `
      select (select count(*) from public.payment_links where created_by = $1) as own,
             (select count(*) from public.payment_links) as links,
             (select count(distinct dossier_id) from public.step_instances where assigned_to = $1) as assigned,
             (select count(*) from public.dossiers) as dossiers`,
      [AGENT],
    );
    expect(Number(row!.own)).toBeGreaterThan(0);
    expect(Number(row!.own)).toBeLessThan(Number(row!.links) / 2);
    expect(Number(row!.assigned)).toBeGreaterThan(0);
    expect(Number(row!.assigned)).toBeLessThan(Number(row!.dossiers) * 0.75);
  });

  it('generated agents and customers can sign in with password123', async () => {
    // one bcrypt hash for all (fixed salt, deterministic): check it once
    const [row] = await q<{ n: string; hashes: string; ok: boolean }>(`
      select count(*) as n, count(distinct encrypted_password) as hashes,
             bool_and(encrypted_password = extensions.crypt('password123', encrypted_password)) filter (where email = min_email) as ok
      from auth.users, (select min(email) as min_email from auth.users where substr(id::text, 20, 4) = 'de00') m
      where substr(id::text, 20, 4) = 'de00'`);
    expect(Number(row!.n)).toBeGreaterThan(100);
    expect(Number(row!.hashes)).toBe(1);
    expect(row!.ok).toBe(true);
    expect(await values(`select distinct role::text v from public.agents where substr(id::text, 20, 4) = 'de00'`)).toEqual([
      'AGENT',
      'MANAGER',
      'REVIEWER',
    ]);
  });

  it('every foreign key holds (the inserts ran with triggers off)', async () => {
    const [row] = await q<{ orphans: string[] | null }>(`
      with fks as (
        select c.conname, c.conrelid::regclass as child, c.confrelid::regclass as parent,
               (select array_agg(a.attname order by k.i) from unnest(c.conkey) with ordinality k(att, i)
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.att) as ccols,
               (select array_agg(a.attname order by k.i) from unnest(c.confkey) with ordinality k(att, i)
                  join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.att) as pcols
        from pg_constraint c where c.contype = 'f' and c.connamespace in ('public'::regnamespace, 'auth'::regnamespace)
      )
      select array_agg(conname) filter (where n > 0) as orphans from (
        select conname, (xpath('/row/n/text()', query_to_xml(format(
          'select count(*) as n from %s c where %s and not exists (select 1 from %s p where %s)',
          child, (select string_agg(format('c.%I is not null', x), ' and ') from unnest(ccols) x), parent,
          (select string_agg(format('p.%I = c.%I', pcols[i], ccols[i]), ' and ') from generate_subscripts(ccols, 1) i)),
          false, true, '')))[1]::text::int as n
        from fks) s`);
    expect(row!.orphans).toBeNull();
  });

  it("the reviewer's stored scope is filled (the inserts ran with its triggers off): equal to its definition", async () => {
    const [row] = await q<{ stored: string; drift: string }>(`
      with definition as (
        select d.user_id as customer_id, count(*)::integer as pending_documents
        from public.documents doc join public.dossiers d on d.id = doc.dossier_id
        where doc.status = 'PENDING' group by d.user_id
      )
      select (select count(*) from private.review_customers) as stored,
             (select count(*) from private.review_customers s full join definition e on e.customer_id = s.customer_id
              where s.pending_documents is distinct from e.pending_documents) as drift`);
    expect(Number(row!.stored)).toBeGreaterThan(0);
    expect(Number(row!.drift)).toBe(0);
  });

  it('runs again without duplicating anything, with exactly the same data', async () => {
    const before = await fingerprint();
    // someone used the demo data: a real (non-demo) review of a demo version must not block the re-run
    await q(`insert into public.document_reviews (document_version_id, reviewer_id, decision, notes)
             select v.id, 'a0000000-0000-4000-8000-000000000004', 'APPROVED', 'real review'
             from public.document_versions v where substr(v.id::text, 20, 4) = 'de00' order by v.id limit 1`);
    const again = await seedDemo(db.url, 'small', { anchor: ANCHOR });
    expect({ ...again, ms: 0 }).toEqual({ ...first, ms: 0 });
    expect(await fingerprint()).toEqual(before);
    // the demo accounts of seed.sql are untouched
    const [seedRows] = await q<{ n: string }>(
      `select count(*) as n from public.agents where email like '%@example.com' and id::text like 'a0000000-%'`,
    );
    expect(Number(seedRows!.n)).toBe(6);
  });

  it('refuses a bad scale and changes nothing', async () => {
    const before = await fingerprint();
    await expect(seedDemo(db.url, { ...(await import('./scales')).DEMO_SCALES.small, orders: -1 })).rejects.toThrow(
      /orders must be a non-negative integer/,
    );
    await expect(seedDemo(db.url, 'huge' as never)).rejects.toThrow(/Unknown demo scale "huge"/);
    expect(await fingerprint()).toEqual(before);
  });
});
