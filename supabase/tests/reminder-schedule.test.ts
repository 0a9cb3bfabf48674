/**
 * The hosted schedule of payment reminders (20250601000340 + 20250601000710) and the command that
 * sets its Vault secrets (supabase/sql/set-reminder-schedule-secrets.sql, npm run schedule:secrets).
 * pg_cron, pg_net and Supabase Vault are not shipped with the embedded PostgreSQL: this test gives
 * a scratch database minimal stand-ins with their documented signatures (cron.schedule /
 * unschedule / job, vault.create_secret / update_secret / secrets / decrypted_secrets,
 * net.http_post), applies every migration as postgres and runs what the job runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, sql, type ScratchDatabase } from '../../stack/testing/context';
import { applyMigrations } from '../../stack/services/migrations';
import { setReminderSecrets } from '../../stack/cli/set-reminder-secrets';
import { MIGRATIONS_DIR } from './migrations-support';

const STAND_INS = `
  create schema cron;
  create table cron.job (jobid bigserial primary key, jobname text unique, schedule text, command text);
  create function cron.schedule(job_name text, schedule text, command text) returns bigint language sql as
    $$ insert into cron.job (jobname, schedule, command) values (job_name, schedule, command) returning jobid $$;
  create function cron.unschedule(job_id bigint) returns boolean language sql as
    $$ delete from cron.job where jobid = job_id returning true $$;
  create schema vault;
  create table vault.secrets (id uuid primary key default gen_random_uuid(), name text unique, description text, secret text);
  create view vault.decrypted_secrets as select id, name, description, secret, secret as decrypted_secret from vault.secrets;
  create function vault.create_secret(new_secret text, new_name text default null, new_description text default '') returns uuid
    language sql as $$ insert into vault.secrets (name, description, secret) values (new_name, new_description, new_secret) returning id $$;
  create function vault.update_secret(secret_id uuid, new_secret text default null) returns void
    language sql as $$ update vault.secrets set secret = coalesce(new_secret, secret) where id = secret_id $$;
  create schema net;
  create table net.requests (id bigserial primary key, url text, headers jsonb, body jsonb);
  create function net.http_post(url text, body jsonb default '{}', params jsonb default '{}', headers jsonb default '{}',
    timeout_milliseconds integer default 5000) returns bigint language sql as
    $$ insert into net.requests (url, headers, body) values (url, headers, body) returning id $$;
`;

let db: ScratchDatabase;
const q = (text: string, values: unknown[] = []) => sql(text, values, db.url);
const runJob = async () => {
  const [job] = await q("select command from cron.job where jobname = 'payment-reminders'");
  return q(job!.command as string);
};

beforeAll(async () => {
  db = await createScratchDatabase();
  await q(STAND_INS);
  await applyMigrations(db.url, MIGRATIONS_DIR);
});
afterAll(async () => {
  await db?.drop();
});

describe.sequential('the payment-reminders schedule on a hosted project', () => {
  it('is one job every 15 minutes running private.invoke_payment_reminders()', async () => {
    expect(await q("select schedule, command from cron.job where jobname = 'payment-reminders'")).toEqual([
      { schedule: '*/15 * * * *', command: 'select private.invoke_payment_reminders()' },
    ]);
  });

  it('only logs, sends nothing and does not fail while the Vault secrets are missing', async () => {
    await expect(runJob()).resolves.toEqual([{ invoke_payment_reminders: null }]);
    await q("select vault.create_secret('https://abc.supabase.co', 'project_url')");
    await expect(runJob()).resolves.toEqual([{ invoke_payment_reminders: null }]);
    expect(await q('select count(*)::int as n from net.requests')).toEqual([{ n: 0 }]);
    await q('delete from vault.secrets');
  });

  it('refuses bad input to the secrets command and keeps nothing', async () => {
    await expect(setReminderSecrets(db.url, 'abc.supabase.co', 'x'.repeat(32))).rejects.toThrow(/project_url must be the project URL/);
    await expect(setReminderSecrets(db.url, 'https://abc.supabase.co', 'short')).rejects.toThrow(/cron_secret must be the CRON_SECRET/);
    expect(await q('select count(*)::int as n from vault.secrets')).toEqual([{ n: 0 }]);
  });

  it('calls the function with the secrets once they are set, and the command updates them in place', async () => {
    await setReminderSecrets(db.url, 'https://abc.supabase.co/', 'first-secret-0123456789');
    await setReminderSecrets(db.url, 'https://abc.supabase.co/', 'second-secret-0123456789');
    expect(await q('select name, secret from vault.secrets order by name')).toEqual([
      { name: 'cron_secret', secret: 'second-secret-0123456789' },
      { name: 'project_url', secret: 'https://abc.supabase.co' },
    ]);
    const [result] = await runJob();
    expect(result!.invoke_payment_reminders).not.toBeNull();
    expect(await q('select url, headers from net.requests')).toEqual([
      {
        url: 'https://abc.supabase.co/functions/v1/payment-reminders',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer second-secret-0123456789' },
      },
    ]);
  });

  it('does nothing but log where Vault or pg_net are absent (the local database)', async () => {
    await q('drop schema net cascade');
    await expect(runJob()).resolves.toEqual([{ invoke_payment_reminders: null }]);
    await q('drop schema vault cascade');
    await expect(runJob()).resolves.toEqual([{ invoke_payment_reminders: null }]);
  });

  it('is not callable through the API', async () => {
    expect(
      await q(
        "select has_function_privilege('authenticated', 'private.invoke_payment_reminders()', 'execute') as a, has_function_privilege('service_role', 'private.invoke_payment_reminders()', 'execute') as s",
      ),
    ).toEqual([{ a: false, s: false }]);
  });
});
