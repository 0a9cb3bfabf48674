/**
 * `npm run db:rehearse -- --from <dump file | postgresql:// URL> [--report <dir>]`: the whole
 * v1 -> v2 move on a copy, in a scratch PostgreSQL 17 (the source is only read). Writes
 * report.json and report.html (default folder: rehearsal-report/); exits 0 only when every check
 * passes, 1 when one fails, 2 on bad arguments or a source that cannot be read.
 * Also: --demo small|medium|large (the demo data set in the v1 shape as the source),
 * --rollbacks <dir>, --migrations <dir>, --long-lock-ms <n>.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isDemoScaleName } from '../demo/scales';
import { rehearse, redact } from '../rehearse/rehearse';
import { SourceError } from '../rehearse/restore-source';
import { stopAllScratchServers } from '../rehearse/scratch-server';
import { writeReport } from '../rehearse/write-report';

const USAGE = `Usage: npm run db:rehearse -- --from <pg_dump file (plain or custom) | postgresql:// URL> [--report <dir>]
       npm run db:rehearse -- --demo small|medium|large [--report <dir>]
  --report        folder for report.json and report.html (default: rehearsal-report)
  --rollbacks     folder of the revert scripts (default: supabase/rollbacks)
  --migrations    folder of the migrations (default: supabase/migrations)
  --long-lock-ms  a blocking lock held this long on an existing table gets production advice (default: 1000)
  --accept <id>   a pre-flight finding you have looked at and accept (warns instead of refusing); repeatable`;

function fail(message: string): never {
  console.error(`[db:rehearse] ${message}\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        from: { type: 'string' },
        demo: { type: 'string' },
        report: { type: 'string' },
        rollbacks: { type: 'string' },
        migrations: { type: 'string' },
        'long-lock-ms': { type: 'string' },
        accept: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) return void console.log(USAGE);
  const from = values.from as string | undefined;
  const demo = values.demo as string | undefined;
  if (!from === !demo) fail('give exactly one of --from and --demo');
  if (demo && !isDemoScaleName(demo)) fail(`--demo must be small, medium or large, got "${demo}"`);
  const longLock = values['long-lock-ms'] === undefined ? 1000 : Number(values['long-lock-ms']);
  if (!Number.isFinite(longLock) || longLock < 0) fail('--long-lock-ms must be a number of milliseconds');
  const reportDir = path.resolve(String(values.report ?? 'rehearsal-report'));
  const t0 = performance.now();
  const log = (line: string) => console.log(`[db:rehearse ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`);
  log(`source: ${from ? redact(from) : `demo data set ${demo} (v1 shape)`}`);
  try {
    const report = await rehearse({
      from,
      demo: demo as 'small' | 'medium' | 'large' | undefined,
      rollbacksDir: values.rollbacks ? path.resolve(String(values.rollbacks)) : undefined,
      migrationsDir: values.migrations ? path.resolve(String(values.migrations)) : undefined,
      longLockMs: longLock,
      accept: (values.accept as string[] | undefined) ?? [],
      log,
    });
    const files = writeReport(report, reportDir);
    const failed = report.checks.filter((c) => !c.ok);
    for (const c of failed) console.log(`FAIL  ${c.id}: ${c.detail.slice(0, 400)}`);
    for (const f of report.findings.filter((x) => x.level === 'refuse')) console.log(`REFUSE ${f.id}: ${f.title} (${f.count})`);
    const lock = report.locks[0];
    console.log(
      `${report.ok ? 'PASSED' : 'FAILED'}: ${report.checks.length - failed.length}/${report.checks.length} checks passed in ${(report.totalMs / 1000).toFixed(1)} s` +
        (lock ? `; longest lock ${lock.table} ${lock.mode} ${lock.heldMs} ms` : ''),
    );
    console.log(`Reports: ${files.json}\n         ${files.html}`);
    process.exit(report.ok ? 0 : 1);
  } catch (error) {
    if (error instanceof SourceError) {
      console.error(`[db:rehearse] ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}

// Ctrl-C: stop the scratch PostgreSQL (and remove its files) before leaving.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`[db:rehearse] ${signal}: stopping the scratch database`);
    // Connections to the scratch server break while it stops: nothing to report any more.
    process.on('uncaughtException', () => undefined);
    void stopAllScratchServers().finally(() => process.exit(130));
  });
}

main().catch((error: unknown) => {
  console.error(`[db:rehearse] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(2);
});
