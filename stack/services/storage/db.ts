/**
 * Database access of the storage service. Like Supabase Storage, object reads and writes run as
 * the caller: in a transaction with the JWT's role (`set local role`) and its claims in
 * request.jwt.claims, so the row-level security policies on storage.objects decide.
 */
import pg from 'pg';
import type { Caller } from './caller';
import { fromPostgresError } from './errors';

export type Db = pg.Pool;

export function createDb(dbUrl: string): Db {
  const pool = new pg.Pool({ connectionString: dbUrl, max: 4, application_name: 'storage' });
  // An idle client losing its connection (e.g. the server stopping) must not crash the process.
  pool.on('error', () => undefined);
  return pool;
}

async function inTransaction<T>(
  db: Db,
  setup: (client: pg.PoolClient) => Promise<unknown>,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await db.connect();
  try {
    await client.query('begin');
    await setup(client);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw fromPostgresError(error) ?? error;
  } finally {
    client.release();
  }
}

/** Runs `work` in a transaction as the caller (row-level security applies, except for service_role). */
export function asCaller<T>(db: Db, caller: Caller, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(
    db,
    (client) =>
      client.query(
        `select set_config('role', $1, true),
                set_config('request.jwt.claims', $2, true),
                set_config('request.jwt.claim.role', $1, true),
                set_config('request.jwt.claim.sub', $3, true),
                -- Like Supabase Storage: its own deletes pass storage.protect_delete().
                set_config('storage.allow_delete_query', 'true', true)`,
        [caller.role, JSON.stringify(caller.claims), caller.userId ?? ''],
      ),
    work,
  );
}

/** Runs `work` as the platform (supabase_storage_admin, the tables' owner): bucket look-ups, signed URL downloads. */
export function asPlatform<T>(db: Db, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(db, async () => undefined, work);
}

export interface BucketRow {
  id: string;
  name: string;
  public: boolean;
  file_size_limit: string | null;
  allowed_mime_types: string[] | null;
  created_at: Date;
  updated_at: Date;
}

export async function findBucket(db: Db, id: string): Promise<BucketRow | undefined> {
  const { rows } = await db.query<BucketRow>('select * from storage.buckets where id = $1', [id]);
  return rows[0];
}

export interface ObjectRow {
  id: string;
  bucket_id: string;
  name: string;
  owner: string | null;
  created_at: Date;
  updated_at: Date;
  last_accessed_at: Date;
  metadata: ObjectMetadata | null;
}

export interface ObjectMetadata {
  eTag: string;
  size: number;
  mimetype: string;
  cacheControl: string;
  lastModified: string;
  contentLength: number;
  httpStatusCode: number;
}

export const OBJECT_COLUMNS = 'id, bucket_id, name, owner, created_at, updated_at, last_accessed_at, metadata';
