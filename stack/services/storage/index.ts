/**
 * Local stand-in for Supabase Storage on config.ports.storage (the gateway serves it at
 * /storage/v1 and checks the apikey): the part of the Storage API @supabase/storage-js uses for a
 * private bucket. Every object access runs as the caller so the row-level security policies on
 * storage.objects decide, as on Supabase. Bytes live under <dataDir>/storage. See ./router.ts.
 */
import http from 'node:http';
import type { StackConfig } from '../../config';
import { createLogger } from '../../log';
import { closeServer, listen } from '../http';
import type { RunningService } from '../types';
import { DEFAULT_MAX_FILE_SIZE, type StorageContext } from './context';
import { createDb } from './db';
import { FileStore } from './files';
import { createStorageListener } from './router';
import { ensureDemoFiles, storageRoot } from './demo-files';

const log = createLogger('storage');

export interface StorageOptions {
  maxFileSize?: number;
  /** Place demo files for seeded document versions that have none (default true). */
  demoFiles?: boolean;
}

export async function startStorage(config: StackConfig, options: StorageOptions = {}): Promise<RunningService> {
  const db = createDb(config.storageDbUrl);
  const ctx: StorageContext = {
    db,
    files: new FileStore(storageRoot(config)),
    secret: new TextEncoder().encode(config.jwtSecret),
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    logError: (message) => log.error(message),
  };
  const server = http.createServer(createStorageListener(ctx));
  try {
    // The platform tables come with the bootstrap (stack/sql/platform, before migrations).
    await db.query('select 1 from storage.buckets limit 1');
    if (options.demoFiles !== false) {
      const { created } = await ensureDemoFiles(config);
      if (created) log.debug(`placed ${created} demo file(s)`);
    }
    await listen(server, config.ports.storage, config.host);
  } catch (error) {
    await db.end();
    throw new Error(`storage: cannot start on ${config.host}:${config.ports.storage}: ${(error as Error).message}`);
  }
  const url = `http://${config.host}:${config.ports.storage}`;
  log.debug(`listening on ${url}`);
  return {
    name: 'storage',
    url,
    stop: async () => {
      await closeServer(server);
      await db.end();
    },
  };
}
