/**
 * A throwaway embedded PostgreSQL 17 for a rehearsal: its own temporary cluster on free ports,
 * the platform bootstrap (roles, auth, storage) in every database it creates, removed on stop.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { dbUrlFor, loadConfig, type StackConfig } from '../config';
import { initCluster, startPostgres } from '../services/postgres';
import { applyBootstrap } from '../services/bootstrap';
import { freePorts } from '../testing/free-ports';

export interface ScratchServer {
  config: StackConfig;
  /** A new empty database with the platform bootstrap applied; returns its URL. */
  createDatabase(name: string, options?: { bootstrap?: boolean }): Promise<string>;
  urlOf(name: string): string;
  stop(): Promise<void>;
}

const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Servers still running, so an interrupted command can stop them (stopAllScratchServers). */
const running = new Set<ScratchServer>();

export async function stopAllScratchServers(): Promise<void> {
  await Promise.allSettled([...running].map((s) => s.stop()));
}

export async function startScratchServer(): Promise<ScratchServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-pg-'));
  // As root the server runs as `postgres`, who must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const config = loadConfig({ ...process.env }, { dataDir, ports: await freePorts(), ephemeral: true });
  let stopServer: (() => Promise<void>) | undefined;
  try {
    await initCluster(config);
    stopServer = (await startPostgres(config)).stop;
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const urlOf = (name: string) => dbUrlFor(config, name);
  const server: ScratchServer = {
    config,
    urlOf,
    async createDatabase(name, options = {}) {
      if (!DATABASE_NAME.test(name)) throw new Error(`Bad scratch database name: ${name}`);
      const admin = new pg.Client({ connectionString: config.adminDbUrl });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      // The platform is built by its superuser, as on hosted; the rehearsal then works as `postgres`.
      if (options.bootstrap !== false) await applyBootstrap(dbUrlFor(config, name, 'supabase_admin'));
      return urlOf(name);
    },
    async stop() {
      running.delete(server);
      try {
        await stopServer?.();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
  running.add(server);
  return server;
}
