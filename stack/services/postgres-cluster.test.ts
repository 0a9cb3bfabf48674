/**
 * The cluster is initialised with supabase_admin as its superuser (so that `postgres` can be the
 * hosted, non-superuser role); a data folder an older version created with `postgres` as the
 * superuser is kept aside, never reused and never deleted.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { clusterDir, initCluster } from './postgres';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cluster-init-'));
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('initCluster', () => {
  const config = loadConfig({}, { dataDir, ephemeral: true });

  it('keeps an older cluster aside and creates a new one', async () => {
    mkdirSync(clusterDir(config), { recursive: true });
    writeFileSync(path.join(clusterDir(config), 'PG_VERSION'), '17\n');
    writeFileSync(path.join(clusterDir(config), 'old-data'), 'kept');
    expect(await initCluster(config)).toBe(true);
    const kept = readdirSync(dataDir).filter((name) => name.startsWith('db.before-hosted-platform-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(dataDir, kept[0]!, 'old-data'), 'utf8')).toBe('kept');
    expect(existsSync(path.join(clusterDir(config), 'old-data'))).toBe(false);
    expect(existsSync(path.join(clusterDir(config), 'PG_VERSION'))).toBe(true);
  }, 120_000);

  it('reuses a cluster it created', async () => {
    expect(await initCluster(config)).toBe(false);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('db.before-hosted-platform-'))).toHaveLength(1);
  });
});
