/**
 * Reads an upload as storage-js sends it: a raw body (streamed to disk by the caller, never held
 * in memory), or multipart/form-data (Blob / File / FormData; held, within the limit plus the
 * multipart overhead, to be parsed). A declared Content-Length over the limit is refused before
 * anything is read. The content type is kept as sent, parameters (charset) included, as Supabase
 * Storage does.
 */
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { MULTIPART_OVERHEAD } from '../body-limits';
import { declaredLength, readBody } from '../http';
import { errors } from './errors';
import { withinLimit } from './http';

export interface Upload {
  /** The bytes: the request itself (raw uploads) or the parsed file (multipart). */
  body: Readable | Buffer;
  contentType: string;
  cacheControl: string;
  userMetadata?: Record<string, unknown>;
}

const OCTET_STREAM = 'application/octet-stream';

function parseUserMetadata(raw: string | null | undefined): Record<string, unknown> | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw errors.invalidRequest('metadata must be a JSON object');
}

const cacheControlOf = (raw: string | null | undefined) => {
  const value = (raw ?? '').replace(/^max-age=/, '').trim();
  return /^\d+$/.test(value) ? `max-age=${value}` : 'no-cache';
};

/** The media type without parameters, lower case: `Text/Plain; charset=UTF-8` -> `text/plain`. */
export function mimeEssence(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

export async function readUpload(req: IncomingMessage, limit: number): Promise<Upload> {
  const contentType = (req.headers['content-type'] ?? '').trim() || OCTET_STREAM;
  const multipart = mimeEssence(contentType) === 'multipart/form-data';
  const declared = declaredLength(req);
  if (declared !== undefined && declared > limit + (multipart ? MULTIPART_OVERHEAD : 0)) throw errors.tooLarge();
  if (!multipart) {
    const metadataHeader = req.headers['x-metadata'];
    return {
      body: req,
      contentType,
      cacheControl: cacheControlOf(req.headers['cache-control']),
      userMetadata: parseUserMetadata(
        typeof metadataHeader === 'string' ? Buffer.from(metadataHeader, 'base64').toString('utf8') : undefined,
      ),
    };
  }
  const body = await withinLimit(readBody(req, limit + MULTIPART_OVERHEAD));
  let form: FormData;
  try {
    form = await new Request('http://storage.local/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(body),
    }).formData();
  } catch {
    throw errors.invalidRequest('Malformed multipart/form-data body');
  }
  let file: Blob | undefined;
  form.forEach((value) => {
    if (typeof value !== 'string') file = value;
  });
  if (!file) throw errors.invalidRequest('The multipart body has no file');
  if (file.size > limit) throw errors.tooLarge();
  const cacheControl = form.get('cacheControl');
  const metadata = form.get('metadata');
  const fieldType = form.get('contentType');
  return {
    body: Buffer.from(await file.arrayBuffer()),
    contentType: (typeof fieldType === 'string' && fieldType.trim()) || file.type || OCTET_STREAM,
    cacheControl: cacheControlOf(typeof cacheControl === 'string' ? cacheControl : undefined),
    userMetadata: parseUserMetadata(typeof metadata === 'string' ? metadata : undefined),
  };
}
