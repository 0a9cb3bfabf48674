/** Reads an upload as storage-js sends it: a raw body, or multipart/form-data (Blob / File / FormData). */
import type { IncomingMessage } from 'node:http';
import { errors } from './errors';
import { readBody } from './http';

export interface Upload {
  bytes: Buffer;
  contentType: string;
  cacheControl: string;
  userMetadata?: Record<string, unknown>;
}

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

export async function readUpload(req: IncomingMessage, limit: number): Promise<Upload> {
  const body = await readBody(req, limit + 64 * 1024);
  const contentType = req.headers['content-type'] ?? 'application/octet-stream';
  if (!/^multipart\/form-data/i.test(contentType)) {
    if (body.length > limit) throw errors.tooLarge();
    const metadataHeader = req.headers['x-metadata'];
    return {
      bytes: body,
      contentType: contentType.split(';')[0].trim() || 'application/octet-stream',
      cacheControl: cacheControlOf(req.headers['cache-control']),
      userMetadata: parseUserMetadata(
        typeof metadataHeader === 'string' ? Buffer.from(metadataHeader, 'base64').toString('utf8') : undefined,
      ),
    };
  }
  let form: FormData;
  try {
    form = await new Request('http://storage.local/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) }).formData();
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
  return {
    bytes: Buffer.from(await file.arrayBuffer()),
    contentType: file.type || 'application/octet-stream',
    cacheControl: cacheControlOf(typeof cacheControl === 'string' ? cacheControl : undefined),
    userMetadata: parseUserMetadata(typeof metadata === 'string' ? metadata : undefined),
  };
}
