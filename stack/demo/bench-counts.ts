/**
 * What PostgREST 12 answers for `Prefer: count=exact|planned|estimated` on the big lists, as the
 * demo agent and manager (real JWTs, row-level security on), against a database with the demo data:
 *   npx tsx stack/demo/bench-counts.ts --db-url postgresql://postgres:postgres@127.0.0.1:PORT/DB [--max-rows 1000]
 * Starts its own PostgREST (free ports, logging in as `authenticator`), prints a Markdown table, stops it.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DEFAULT_JWT_SECRET } from '../config';
import { signHs256 } from '../jwt';
import { spawnChild, waitUntil, httpOk } from '../child-process';
import { createLogger } from '../log';
import { freePorts } from '../testing/free-ports';
import { POSTGREST_BINARY } from '../services/postgrest';
import { DEMO_PRINCIPALS, sampleIds } from './list-queries';

const PATHS = [
  'orders?order=created_at.desc&limit=25',
  'orders?status=eq.REFUNDED&order=created_at.desc&limit=25',
  'events?order=created_at.desc&limit=25',
  'events?dossier_id=eq.:dossier&order=created_at.desc&limit=25',
];

async function main() {
  const { values } = parseArgs({ options: { 'db-url': { type: 'string' }, 'max-rows': { type: 'string' } }, strict: true });
  const dbUrl = values['db-url'];
  if (!dbUrl) throw new Error('--db-url is required');
  const maxRows = values['max-rows'] ?? '1000';
  if (!/^\d+$/.test(maxRows)) throw new Error('--max-rows must be a number');
  const url = new URL(dbUrl);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const { dossier } = await sampleIds(client).finally(() => client.end());

  const ports = await freePorts();
  const authenticatorUrl = `postgresql://authenticator:postgres@${url.host}${url.pathname}`;
  const child = spawnChild(
    {
      name: 'postgrest',
      command: POSTGREST_BINARY,
      args: [],
      stopSignal: 'SIGTERM',
      options: {
        env: {
          PATH: process.env.PATH ?? '',
          PGRST_DB_URI: authenticatorUrl,
          PGRST_DB_SCHEMAS: 'public',
          PGRST_DB_EXTRA_SEARCH_PATH: 'public,extensions',
          PGRST_DB_ANON_ROLE: 'anon',
          PGRST_DB_MAX_ROWS: maxRows,
          PGRST_DB_POOL: '2',
          PGRST_JWT_SECRET: DEFAULT_JWT_SECRET,
          PGRST_SERVER_HOST: '127.0.0.1',
          PGRST_SERVER_PORT: String(ports.postgrest),
          PGRST_ADMIN_SERVER_PORT: String(ports.postgrestAdmin),
          PGRST_LOG_LEVEL: 'warn',
        },
      },
    },
    createLogger('postgrest'),
  );
  try {
    await waitUntil('PostgREST', () => httpOk(`http://127.0.0.1:${ports.postgrestAdmin}/ready`), { child, timeoutMs: 30_000 });
    console.log(`db-max-rows = ${maxRows}\n`);
    console.log('| request | as | Prefer | Content-Range | ms (median of 3) |');
    console.log('|---|---|---|---|---:|');
    for (const path of PATHS) {
      for (const who of ['agent', 'manager'] as const) {
        const token = signHs256(
          { sub: DEMO_PRINCIPALS[who], role: 'authenticated', aud: 'authenticated', exp: Math.floor(Date.now() / 1000) + 3600 },
          DEFAULT_JWT_SECRET,
        );
        for (const count of ['exact', 'planned', 'estimated']) {
          const times: number[] = [];
          let range = '';
          for (let i = 0; i < 3; i += 1) {
            const t0 = performance.now();
            const res = await fetch(`http://127.0.0.1:${ports.postgrest}/${path.replace(':dossier', dossier)}`, {
              headers: { Authorization: `Bearer ${token}`, Prefer: `count=${count}` },
            });
            await res.text();
            times.push(performance.now() - t0);
            range = `${res.status} ${res.headers.get('content-range')}`;
          }
          times.sort((a, b) => a - b);
          console.log(`| GET /${path.replace(':dossier', '<dossier>')} | ${who} | count=${count} | ${range} | ${times[1]!.toFixed(0)} |`);
        }
      }
    }
  } finally {
    await child.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
