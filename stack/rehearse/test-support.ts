/** Test helpers: a populated v1 database (the small demo data set in the v1 shape) and copies of it. */
import { randomBytes } from 'node:crypto';
import { dbUrlFor } from '../config';
import { seedDemoV1 } from '../demo/v1-shape';
import { createScratchDatabase, getStack, sql, type ScratchDatabase } from '../testing/context';

/** A fixed anchor: the same data on every run. */
export const ANCHOR = new Date('2026-01-15T00:00:00Z');

export async function populatedV1(): Promise<ScratchDatabase> {
  const db = await createScratchDatabase();
  await seedDemoV1(db.url, 'small', { anchor: ANCHOR });
  return db;
}

/** A copy of `base` (CREATE DATABASE ... TEMPLATE), then `change` run in it. */
export async function copyOf(base: ScratchDatabase, change = ''): Promise<ScratchDatabase> {
  const config = getStack();
  const name = `copy_${randomBytes(6).toString('hex')}`;
  await sql(`create database ${name} template ${base.name}`, [], config.adminDbUrl);
  // A template copy keeps neither the owner nor the database settings the platform gives
  // (stack/sql/platform/10_database.sql): the project's database belongs to postgres.
  await sql(`alter database ${name} owner to postgres`, [], config.adminDbUrl);
  await sql(`alter database ${name} set search_path = "$user", public, extensions`, [], config.adminDbUrl);
  const url = dbUrlFor(config, name);
  if (change) await sql(change, [], url);
  return {
    name,
    url,
    adminUrl: dbUrlFor(config, name, 'supabase_admin'),
    drop: async () => void (await sql(`drop database if exists ${name} with (force)`, [], config.adminDbUrl)),
  };
}
