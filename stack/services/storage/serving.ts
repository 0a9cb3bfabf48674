/**
 * The headers of user content (object downloads, authenticated or through a signed URL): only
 * passive types a browser renders without running anything are served inline; every other type is
 * a download. Always `X-Content-Type-Options: nosniff` (the browser keeps the declared type) and
 * `Content-Security-Policy: sandbox` (a document opened from the API origin gets an opaque origin,
 * no scripts, no forms, no popups; Chromium's PDF viewer still works under it). Like Supabase
 * Storage, text/html is served as text/plain; other types, charset included, as uploaded.
 */
import { mimeEssence } from './upload';

export const INLINE_TYPES: ReadonlySet<string> = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export const USER_CONTENT_CSP = 'sandbox';

function servedType(mimetype: string): string {
  if (mimeEssence(mimetype) !== 'text/html') return mimetype;
  const charset = /;\s*charset=([^;]+)/i.exec(mimetype)?.[1]?.trim();
  return charset ? `text/plain; charset=${charset}` : 'text/plain';
}

function contentDisposition(name: string, download: string | null, mimetype: string): string {
  const fileName = download || name.split('/').pop() || 'file';
  const kind = download === null && INLINE_TYPES.has(mimeEssence(mimetype)) ? 'inline' : 'attachment';
  return `${kind}; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** `download`: the `?download=` parameter (a file name, or '' for the object's name), null when absent. */
export function userContentHeaders(name: string, mimetype: string | undefined, download: string | null): Record<string, string> {
  const type = mimetype || 'application/octet-stream';
  return {
    'content-type': servedType(type),
    'content-disposition': contentDisposition(name, download, type),
    'x-content-type-options': 'nosniff',
    'content-security-policy': USER_CONTENT_CSP,
  };
}
