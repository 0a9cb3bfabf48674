/**
 * `npm run db:preflight -- --db-url <url> [--json]`: the pre-flight of a v1 database, to run right
 * before its first v2 migration (docs/database.md, production procedure). Read-only. Prints every
 * finding with its sample rows; exits 1 when a finding refuses, 2 on bad arguments.
 */
import { parseArgs } from 'node:util';
import { runPreflight } from '../rehearse/preflight';
import { formatFinding } from '../rehearse/preflight-format';

const USAGE = 'Usage: npm run db:preflight -- --db-url postgresql://user:pass@host:5432/db [--json] [--accept <finding id>]...';

async function main(): Promise<number> {
  let values: { 'db-url'?: string; json?: boolean; help?: boolean; accept?: string[] };
  try {
    ({ values } = parseArgs({
      options: {
        'db-url': { type: 'string' },
        json: { type: 'boolean' },
        accept: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) return (console.log(USAGE), 0);
  const url = values['db-url'] ?? process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error(`--db-url must be a postgresql:// URL\n${USAGE}`);
    return 2;
  }
  const result = await runPreflight(url, { accept: values.accept ?? [] });
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`Pre-flight of ${url.replace(/:[^:@/]*@/, ':***@')}`);
    for (const f of result.findings) console.log(formatFinding(f));
    const refusals = result.findings.filter((f) => f.level === 'refuse').length;
    const warnings = result.findings.length - refusals;
    console.log(
      result.ok
        ? `Pre-flight passed (${result.checks.length} checks, ${warnings} warning(s))`
        : `Pre-flight REFUSED: ${refusals} finding(s) must be fixed before migrating (${warnings} warning(s))`,
    );
  }
  return result.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[db:preflight] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
