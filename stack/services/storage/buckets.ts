/** Bucket operations, run as the caller: with no policies on storage.buckets only service_role may use them. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from './caller';
import type { StorageContext } from './context';
import { asCaller, type BucketRow } from './db';
import { errors } from './errors';
import { readJson, sendJson } from './http';
import { assertBucketId } from './keys';

export async function listBuckets(ctx: StorageContext, res: ServerResponse, caller: Caller) {
  const rows = await asCaller(
    ctx.db,
    caller,
    async (client) => (await client.query<BucketRow>('select * from storage.buckets order by name')).rows,
  );
  sendJson(res, 200, rows);
}

export async function getBucket(ctx: StorageContext, res: ServerResponse, caller: Caller, id: string) {
  const row = await asCaller(
    ctx.db,
    caller,
    async (client) => (await client.query<BucketRow>('select * from storage.buckets where id = $1', [assertBucketId(id)])).rows[0],
  );
  if (!row) throw errors.bucketNotFound();
  sendJson(res, 200, row);
}

export async function createBucket(ctx: StorageContext, req: IncomingMessage, res: ServerResponse, caller: Caller) {
  const body = await readJson(req);
  const name = typeof body.name === 'string' ? body.name : undefined;
  if (!name) throw errors.invalidRequest("body must have required property 'name'");
  const id = assertBucketId(typeof body.id === 'string' ? body.id : name);
  const fileSizeLimit = body.file_size_limit ?? null;
  if (fileSizeLimit !== null && (typeof fileSizeLimit !== 'number' || !Number.isInteger(fileSizeLimit) || fileSizeLimit < 1)) {
    throw errors.invalidRequest('file_size_limit must be a positive integer number of bytes');
  }
  const mimeTypes = body.allowed_mime_types ?? null;
  if (mimeTypes !== null && (!Array.isArray(mimeTypes) || mimeTypes.some((m) => typeof m !== 'string'))) {
    throw errors.invalidRequest('allowed_mime_types must be an array of strings');
  }
  await asCaller(ctx.db, caller, (client) =>
    client.query(
      `insert into storage.buckets (id, name, owner, owner_id, public, file_size_limit, allowed_mime_types)
       values ($1, $2, $3::uuid, $3::text, $4, $5, $6)`,
      [id, name, caller.userId ?? null, body.public === true, fileSizeLimit, mimeTypes],
    ),
  );
  sendJson(res, 200, { name: id });
}
