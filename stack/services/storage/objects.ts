/** Object operations: upload, download, signed URLs, remove, list. Access is decided by RLS. */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type pg from 'pg';
import type { Caller } from './caller';
import type { StorageContext } from './context';
import { asCaller, asPlatform, findBucket, OBJECT_COLUMNS, type ObjectMetadata, type ObjectRow } from './db';
import { errors } from './errors';
import { readJson, sendJson, withinLimit } from './http';
import { assertObjectName } from './keys';
import { assertExpiresIn, signObjectUrl, verifyObjectToken } from './signed-urls';
import { mimeEssence, readUpload } from './upload';
import { userContentHeaders } from './serving';

async function bucketOrThrow(ctx: StorageContext, bucketId: string) {
  const bucket = await findBucket(ctx.db, bucketId);
  if (!bucket) throw errors.bucketNotFound();
  return bucket;
}

function mimeAllowed(allowed: string[] | null, contentType: string): boolean {
  if (!allowed || allowed.length === 0) return true;
  const mime = mimeEssence(contentType);
  return allowed.some((pattern) =>
    pattern.endsWith('/*') ? mime.startsWith(pattern.slice(0, -1).toLowerCase()) : pattern.toLowerCase() === mime,
  );
}

export async function uploadObject(
  ctx: StorageContext,
  req: IncomingMessage,
  res: ServerResponse,
  caller: Caller,
  bucketId: string,
  rawName: string,
  upsert: boolean,
): Promise<void> {
  const name = assertObjectName(rawName);
  const bucket = await bucketOrThrow(ctx, bucketId);
  const limit = Math.min(ctx.maxFileSize, bucket.file_size_limit ? Number(bucket.file_size_limit) : Infinity);
  const upload = await readUpload(req, limit);
  if (!mimeAllowed(bucket.allowed_mime_types, upload.contentType)) throw errors.invalidMime(upload.contentType);
  const staged = await withinLimit(ctx.files.stage(bucket.id, upload.body, limit));
  const now = new Date().toISOString();
  const metadata: ObjectMetadata = {
    eTag: `"${staged.md5}"`,
    size: staged.size,
    mimetype: upload.contentType,
    cacheControl: upload.cacheControl,
    lastModified: now,
    contentLength: staged.size,
    httpStatusCode: 200,
  };
  try {
    const id = await asCaller(ctx.db, caller, async (client) => {
      const newId = randomUUID();
      const values = [newId, bucket.id, name, caller.userId ?? null, metadata, randomUUID(), upload.userMetadata ?? null];
      const insert = `insert into storage.objects (id, bucket_id, name, owner, owner_id, metadata, version, user_metadata)
                      values ($1, $2, $3, $4::uuid, $4::text, $5, $6, $7)`;
      if (!upsert) {
        await client.query(insert, values);
        await staged.commit(newId);
        return newId;
      }
      const { rows } = await client.query<{ id: string }>(
        `${insert}
         on conflict (bucket_id, name) do update
           set metadata = excluded.metadata, version = excluded.version, user_metadata = excluded.user_metadata,
               owner = excluded.owner, owner_id = excluded.owner_id, updated_at = now()
         returning id`,
        values,
      );
      await staged.commit(rows[0].id);
      return rows[0].id;
    });
    sendJson(res, 200, { Id: id, Key: `${bucket.id}/${name}` });
  } catch (error) {
    await staged.discard();
    throw error;
  }
}

async function selectVisible(client: pg.PoolClient, bucketId: string, name: string): Promise<ObjectRow> {
  const { rows } = await client.query<ObjectRow>(`select ${OBJECT_COLUMNS} from storage.objects where bucket_id = $1 and name = $2`, [
    bucketId,
    name,
  ]);
  if (!rows[0]) throw errors.objectNotFound();
  return rows[0];
}

async function serveObject(ctx: StorageContext, res: ServerResponse, row: ObjectRow, download: string | null, head: boolean) {
  if (!(await ctx.files.exists(row.bucket_id, row.id))) throw errors.objectNotFound();
  const metadata = row.metadata;
  res.writeHead(200, {
    ...userContentHeaders(row.name, metadata?.mimetype, download),
    ...(metadata?.size !== undefined ? { 'content-length': String(metadata.size) } : {}),
    'cache-control': metadata?.cacheControl ?? 'no-cache',
    ...(metadata?.eTag ? { etag: metadata.eTag } : {}),
    'last-modified': new Date(row.updated_at).toUTCString(),
  });
  if (head) {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = ctx.files.read(row.bucket_id, row.id);
    stream.on('error', reject);
    stream.on('end', resolve);
    stream.pipe(res);
  });
}

export async function downloadObject(
  ctx: StorageContext,
  res: ServerResponse,
  caller: Caller,
  bucketId: string,
  rawName: string,
  url: URL,
  head = false,
): Promise<void> {
  const name = assertObjectName(rawName);
  await bucketOrThrow(ctx, bucketId);
  const row = await asCaller(ctx.db, caller, (client) => selectVisible(client, bucketId, name));
  await serveObject(ctx, res, row, url.searchParams.get('download'), head);
}

export async function downloadSigned(ctx: StorageContext, res: ServerResponse, bucketId: string, rawName: string, url: URL): Promise<void> {
  const name = assertObjectName(rawName);
  await verifyObjectToken(ctx.secret, url.searchParams.get('token'), bucketId, name);
  const row = await asPlatform(ctx.db, (client) => selectVisible(client, bucketId, name));
  await serveObject(ctx, res, row, url.searchParams.get('download'), false);
}

/** GET /object/public/:bucket/*name: objects of a public bucket, for anyone (as on Supabase). */
export async function downloadPublic(
  ctx: StorageContext,
  res: ServerResponse,
  bucketId: string,
  rawName: string,
  url: URL,
  head: boolean,
): Promise<void> {
  const name = assertObjectName(rawName);
  const bucket = await bucketOrThrow(ctx, bucketId);
  if (!bucket.public) throw errors.objectNotFound();
  const row = await asPlatform(ctx.db, (client) => selectVisible(client, bucketId, name));
  await serveObject(ctx, res, row, url.searchParams.get('download'), head);
}

/** POST /object/sign/:bucket/*name {expiresIn} and POST /object/sign/:bucket {expiresIn, paths}. */
export async function signObjects(
  ctx: StorageContext,
  req: IncomingMessage,
  res: ServerResponse,
  caller: Caller,
  bucketId: string,
  rawName: string,
): Promise<void> {
  const body = await readJson(req);
  const expiresIn = assertExpiresIn(body.expiresIn);
  await bucketOrThrow(ctx, bucketId);
  if (rawName) {
    const name = assertObjectName(rawName);
    await asCaller(ctx.db, caller, (client) => selectVisible(client, bucketId, name));
    sendJson(res, 200, { signedURL: await signObjectUrl(ctx.secret, bucketId, name, expiresIn) });
    return;
  }
  const paths = body.paths;
  if (!Array.isArray(paths) || paths.length === 0 || paths.some((p) => typeof p !== 'string')) {
    throw errors.invalidRequest('paths must be a non-empty array of object names');
  }
  const names = (paths as string[]).map((p) => p.replace(/^\/+|\/+$/g, ''));
  const visible = await asCaller(ctx.db, caller, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      'select name from storage.objects where bucket_id = $1 and name = any($2::text[])',
      [bucketId, names],
    );
    return new Set(rows.map((r) => r.name));
  });
  const result = await Promise.all(
    names.map(async (name) =>
      visible.has(name)
        ? { error: null, path: name, signedURL: await signObjectUrl(ctx.secret, bucketId, name, expiresIn) }
        : { error: 'Either the object does not exist or you do not have access to it', path: name, signedURL: null },
    ),
  );
  sendJson(res, 200, result);
}

/** DELETE /object/:bucket {prefixes}: deletes the named objects the caller may delete. */
export async function removeObjects(ctx: StorageContext, req: IncomingMessage, res: ServerResponse, caller: Caller, bucketId: string) {
  const body = await readJson(req);
  const prefixes = body.prefixes;
  if (!Array.isArray(prefixes) || prefixes.length === 0 || prefixes.length > 1000 || prefixes.some((p) => typeof p !== 'string')) {
    throw errors.invalidRequest('prefixes must be a non-empty array of at most 1000 object names');
  }
  await bucketOrThrow(ctx, bucketId);
  const names = (prefixes as string[]).map((p) => p.replace(/^\/+|\/+$/g, ''));
  const deleted = await asCaller(
    ctx.db,
    caller,
    async (client) =>
      (
        await client.query<ObjectRow>(
          `delete from storage.objects where bucket_id = $1 and name = any($2::text[]) returning ${OBJECT_COLUMNS}`,
          [bucketId, names],
        )
      ).rows,
  );
  await Promise.all(deleted.map((row) => ctx.files.remove(row.bucket_id, row.id)));
  sendJson(res, 200, deleted);
}

interface ListEntry {
  name: string;
  id: string | null;
  updated_at: Date | null;
  created_at: Date | null;
  last_accessed_at: Date | null;
  metadata: ObjectMetadata | null;
}

/** POST /object/list/:bucket {prefix, limit, offset, sortBy, search}: one folder level. */
export async function listObjects(ctx: StorageContext, req: IncomingMessage, res: ServerResponse, caller: Caller, bucketId: string) {
  const body = await readJson(req);
  const prefix = typeof body.prefix === 'string' ? body.prefix.replace(/^\/+|\/+$/g, '') : '';
  const limit = Number.isInteger(body.limit) ? Math.min(Math.max(body.limit as number, 1), 1000) : 100;
  const offset = Number.isInteger(body.offset) ? Math.max(body.offset as number, 0) : 0;
  const search = typeof body.search === 'string' ? body.search : '';
  const sortBy = (body.sortBy ?? {}) as { column?: string; order?: string };
  await bucketOrThrow(ctx, bucketId);
  const folder = prefix ? `${prefix}/` : '';
  const rows = await asCaller(
    ctx.db,
    caller,
    async (client) =>
      (
        await client.query<ObjectRow>(
          `select ${OBJECT_COLUMNS} from storage.objects
       where bucket_id = $1 and starts_with(name, $2)`,
          [bucketId, folder],
        )
      ).rows,
  );
  const entries = new Map<string, ListEntry>();
  for (const row of rows) {
    const rest = row.name.slice(folder.length);
    const [first, ...more] = rest.split('/');
    if (search && !first.toLowerCase().includes(search.toLowerCase())) continue;
    if (more.length > 0) {
      if (!entries.has(first)) {
        entries.set(first, { name: first, id: null, updated_at: null, created_at: null, last_accessed_at: null, metadata: null });
      }
    } else {
      entries.set(first, { ...row, name: first });
    }
  }
  const column = (['name', 'created_at', 'updated_at', 'last_accessed_at'] as const).find((c) => c === sortBy.column) ?? 'name';
  const direction = sortBy.order === 'desc' ? -1 : 1;
  const key = (entry: ListEntry) => (column === 'name' ? entry.name : String(entry[column]?.toISOString?.() ?? ''));
  const sorted = [...entries.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * direction);
  sendJson(res, 200, sorted.slice(offset, offset + limit));
}
