/**
 * `npm run schedule:secrets -- --db-url <url> --project-url https://<ref>.supabase.co --cron-secret <secret>`:
 * sets the Vault secrets of the payment-reminders pg_cron job on a hosted project by running
 * supabase/sql/set-reminder-schedule-secrets.sql. CRON_SECRET and DATABASE_URL may come from the
 * environment instead of the flags.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ROOT_DIR } from '../config';

export const SET_SECRETS_SQL = path.join(ROOT_DIR, 'supabase', 'sql', 'set-reminder-schedule-secrets.sql');

export async function setReminderSecrets(dbUrl: string, projectUrl: string, cronSecret: string): Promise<void> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query("select set_config('reminders.project_url', $1, true), set_config('reminders.cron_secret', $2, true)", [
      projectUrl,
      cronSecret,
    ]);
    await client.query(readFileSync(SET_SECRETS_SQL, 'utf8'));
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index > -1 ? args[index + 1] : undefined;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  const args = process.argv.slice(2);
  const dbUrl = flag(args, '--db-url') ?? process.env.DATABASE_URL;
  const projectUrl = flag(args, '--project-url') ?? process.env.PROJECT_URL;
  const cronSecret = flag(args, '--cron-secret') ?? process.env.CRON_SECRET;
  if (!dbUrl || !projectUrl || !cronSecret) {
    console.error(
      'Usage: npm run schedule:secrets -- --db-url <postgres url> --project-url https://<ref>.supabase.co --cron-secret <CRON_SECRET>',
    );
    process.exit(2);
  }
  try {
    await setReminderSecrets(dbUrl, projectUrl, cronSecret);
    console.log('Vault secrets project_url and cron_secret set: the payment-reminders job calls the function from its next run.');
  } catch (error) {
    console.error(`Could not set the secrets: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
