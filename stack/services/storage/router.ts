/**
 * The subset of the Supabase Storage API that @supabase/storage-js uses for private buckets
 * (paths as seen behind the gateway, which strips /storage/v1):
 *   POST|PUT /object/:bucket/*name          upload (x-upsert on POST; PUT = update/upsert)
 *   GET|HEAD /object/:bucket/*name, GET /object/authenticated/:bucket/*name   download
 *   POST /object/sign/:bucket/*name {expiresIn}, POST /object/sign/:bucket {expiresIn, paths}
 *   GET  /object/sign/:bucket/*name?token=   download through a signed URL (no caller needed)
 *   GET|HEAD /object/public/:bucket/*name    download from a public bucket (no caller needed)
 *   DELETE /object/:bucket {prefixes}        remove
 *   POST /object/list/:bucket                list one folder level
 *   GET /bucket, GET /bucket/:id, POST /bucket   buckets (service role in practice)
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { verifyCaller } from './caller';
import type { StorageContext } from './context';
import { StorageError, errors } from './errors';
import { discardBody } from '../http';
import { sendError, sendJson } from './http';
import { splitBucketPath } from './keys';
import { createBucket, getBucket, listBuckets } from './buckets';
import { downloadObject, downloadPublic, downloadSigned, listObjects, removeObjects, signObjects, uploadObject } from './objects';

async function route(ctx: StorageContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://storage.local');
  const method = req.method ?? 'GET';
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    throw errors.invalidRequest('Malformed URL encoding');
  }
  if (method === 'GET' && (pathname === '/status' || pathname === '/health')) return sendJson(res, 200, { status: 'ok' });

  // Signed URL downloads carry their own proof of access.
  if ((method === 'GET' || method === 'HEAD') && pathname.startsWith('/object/sign/')) {
    const { bucket, name } = splitBucketPath(pathname.slice('/object/sign/'.length));
    return downloadSigned(ctx, res, bucket, name, url);
  }
  if ((method === 'GET' || method === 'HEAD') && pathname.startsWith('/object/public/')) {
    const { bucket, name } = splitBucketPath(pathname.slice('/object/public/'.length));
    return downloadPublic(ctx, res, bucket, name, url, method === 'HEAD');
  }

  const caller = await verifyCaller(req, ctx.secret);
  if (pathname === '/bucket' || pathname === '/bucket/') {
    if (method === 'GET') return listBuckets(ctx, res, caller);
    if (method === 'POST') return createBucket(ctx, req, res, caller);
  }
  if (pathname.startsWith('/bucket/') && method === 'GET') return getBucket(ctx, res, caller, pathname.slice('/bucket/'.length));

  if (pathname.startsWith('/object/')) {
    const rest = pathname.slice('/object/'.length);
    if (rest.startsWith('sign/') && method === 'POST') {
      const { bucket, name } = splitBucketPath(rest.slice('sign/'.length));
      return signObjects(ctx, req, res, caller, bucket, name);
    }
    if (rest.startsWith('list/') && method === 'POST') {
      return listObjects(ctx, req, res, caller, splitBucketPath(rest.slice('list/'.length)).bucket);
    }
    if (rest.startsWith('authenticated/') && (method === 'GET' || method === 'HEAD')) {
      const { bucket, name } = splitBucketPath(rest.slice('authenticated/'.length));
      return downloadObject(ctx, res, caller, bucket, name, url, method === 'HEAD');
    }
    const { bucket, name } = splitBucketPath(rest);
    if (method === 'DELETE' && !name) return removeObjects(ctx, req, res, caller, bucket);
    if (method === 'GET' || method === 'HEAD') return downloadObject(ctx, res, caller, bucket, name, url, method === 'HEAD');
    if (method === 'POST') return uploadObject(ctx, req, res, caller, bucket, name, req.headers['x-upsert'] === 'true');
    if (method === 'PUT') return uploadObject(ctx, req, res, caller, bucket, name, true);
  }
  throw errors.routeNotFound(method, url.pathname);
}

export function createStorageListener(ctx: StorageContext): RequestListener {
  return (req, res) => {
    route(ctx, req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof StorageError) {
        // An upload refused part-way: drop the rest of its body instead of leaving it unread.
        if (error.statusCode === '413') discardBody(req, res);
        return sendError(res, error);
      }
      ctx.logError(`${req.method} ${req.url}: ${(error as Error).stack ?? String(error)}`);
      sendError(res, new StorageError('500', 'internal', 'Internal Server Error'));
    });
  };
}
