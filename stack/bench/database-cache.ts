/**
 * The bench's databases: a data folder per demo scale under `.bench/` (git-ignored), built once
 * (cluster, migrations, seed.sql, `seedDemo(scale)`) and reused as long as what produced it is
 * unchanged. The cache key is a hash of supabase/migrations, supabase/seed.sql and the demo
 * generator (stack/demo/sql, its sizes and its loader); a folder whose key differs is rebuilt.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, ROOT_DIR } from '../config';
import { prepareDatabase } from '../database';
import { seedDemo, type DemoScaleName } from '../demo';
import { initCluster, startPostgres } from '../services/postgres';
import { freePorts } from '../testing/free-ports';

export const BENCH_CACHE_DIR = path.join(ROOT_DIR, '.bench');
const READY_FILE = 'bench-ready.json';

/** Every file whose content decides what the bench database contains, relative to the root. */
export function cacheInputs(root = ROOT_DIR): string[] {
  const sqlIn = (dir: string) =>
    readdirSync(path.join(root, dir))
      .filter((name) => name.endsWith('.sql'))
      .sort()
      .map((name) => `${dir}/${name}`);
  return [...sqlIn('supabase/migrations'), 'supabase/seed.sql', ...sqlIn('stack/demo/sql'), 'stack/demo/scales.ts', 'stack/demo/index.ts'];
}

/** sha256 over the names and contents of the inputs (first 16 hex digits). */
export function cacheKey(root = ROOT_DIR): string {
  const hash = createHash('sha256');
  for (const file of cacheInputs(root)) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(root, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export interface BenchDatabase {
  scale: DemoScaleName;
  dataDir: string;
  /** true when this call built it (false: reused). */
  built: boolean;
  /** How long the build took (0 when reused). */
  buildMs: number;
  counts: { orders: number; dossiers: number; events: number };
}

interface ReadyRecord {
  key: string;
  builtAt: string;
  buildMs: number;
  counts: BenchDatabase['counts'];
}

/** The data folder of `scale` for the current key, built when missing or stale. */
export async function benchDatabase(scale: DemoScaleName, log: (line: string) => void = () => undefined): Promise<BenchDatabase> {
  const key = cacheKey();
  const dataDir = path.join(BENCH_CACHE_DIR, `${scale}-${key}`);
  const readyPath = path.join(dataDir, READY_FILE);
  if (existsSync(readyPath)) {
    const ready = JSON.parse(readFileSync(readyPath, 'utf8')) as ReadyRecord;
    if (ready.key === key) {
      log(`${scale} database: reusing ${path.relative(ROOT_DIR, dataDir)} (built ${ready.builtAt})`);
      return { scale, dataDir, built: false, buildMs: 0, counts: ready.counts };
    }
  }
  // Stale folders of this scale (other keys) and a half-built one are removed first.
  mkdirSync(BENCH_CACHE_DIR, { recursive: true });
  chmodSync(BENCH_CACHE_DIR, 0o755);
  for (const name of readdirSync(BENCH_CACHE_DIR)) {
    if (name.startsWith(`${scale}-`)) rmSync(path.join(BENCH_CACHE_DIR, name), { recursive: true, force: true });
  }
  log(`${scale} database: building ${path.relative(ROOT_DIR, dataDir)} (migrations, seed.sql, demo data; large takes minutes)`);
  const started = performance.now();
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter it
  // fsync off while writing: the folder is thrown away if the build does not finish.
  const config = loadConfig(process.env, { dataDir, ports: await freePorts(), ephemeral: true });
  await initCluster(config);
  const postgres = await startPostgres(config);
  let counts: BenchDatabase['counts'];
  try {
    await prepareDatabase(config, { seed: true });
    const result = await seedDemo(config.dbUrl, scale, { log: (line) => log(`  seed ${scale}: ${line}`) });
    counts = { orders: result.orders, dossiers: result.dossiers, events: result.events };
  } catch (error) {
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  // A clean shutdown writes a checkpoint, so the folder is consistent without fsync during the build.
  await postgres.stop();
  const buildMs = Math.round(performance.now() - started);
  const record: ReadyRecord = { key, builtAt: new Date().toISOString(), buildMs, counts };
  writeFileSync(readyPath, `${JSON.stringify(record, null, 2)}\n`);
  log(`${scale} database: built in ${(buildMs / 1000).toFixed(0)} s`);
  return { scale, dataDir, built: true, buildMs, counts };
}
