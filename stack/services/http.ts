/**
 * HTTP helpers shared by the stack's node:http services (gateway, functions host, storage,
 * checkout stand-in, mail catcher): JSON answers, listening and closing, and request bodies that
 * are never read past a limit: a declared Content-Length over the limit is refused before the
 * first byte is read, and bytes are counted as they stream, so no service holds more than its
 * limit of one request in memory.
 */
import type http from 'node:http';
import { Transform, type TransformCallback } from 'node:stream';

export const KiB = 1024;
export const MiB = 1024 * KiB;

/** A request body longer than the limit of the route it was sent to. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body larger than ${formatBytes(limit)}`);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes >= KiB && bytes % KiB === 0) return `${bytes / KiB} KiB`;
  return `${bytes} bytes`;
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** The Content-Length the client declared, if any. */
export function declaredLength(req: http.IncomingMessage): number | undefined {
  const raw = req.headers['content-length'];
  if (raw === undefined || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

/** Throws BodyTooLargeError when the declared Content-Length is over the limit (nothing read yet). */
export function assertDeclaredLength(req: http.IncomingMessage, limit: number): void {
  const length = declaredLength(req);
  if (length !== undefined && length > limit) throw new BodyTooLargeError(limit);
}

/**
 * Stops taking a refused body: the rest of it is discarded as it arrives (never stored) and the
 * connection is cut after a short grace period ("lingering close"). Closing right after the answer
 * (what Node does for a `Connection: close` request) would make the kernel reset a connection that
 * still receives bytes, and the client could lose the answer: the answer keeps the connection open.
 */
export function discardBody(req: http.IncomingMessage, res: http.ServerResponse, graceMs = 2_000): void {
  if (req.complete) return;
  res.shouldKeepAlive = true;
  req.unpipe();
  req.resume();
  const timer = setTimeout(() => req.socket.destroy(), graceMs);
  timer.unref();
  // The client may send the rest anyway: once all of it is read, the connection is usable again.
  req.once('end', () => clearTimeout(timer));
  req.socket.once('close', () => clearTimeout(timer));
}

/** Answers 413 with a JSON body and stops reading the request. */
export function refuseTooLarge(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {},
): void {
  discardBody(req, res);
  sendJson(res, 413, body, headers);
}

/** The whole body, refused (BodyTooLargeError) as soon as it is known to be over `limit` bytes. */
export function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    try {
      assertDeclaredLength(req, limit);
    } catch (error) {
      reject(error);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('The client closed the request before its end'));
    });
  });
}

/** The body as UTF-8 text, within `limit` bytes. */
export async function readText(req: http.IncomingMessage, limit: number): Promise<string> {
  return (await readBody(req, limit)).toString('utf8');
}

/** A pass-through stream that fails with BodyTooLargeError once more than `limit` bytes went through. */
export function byteLimit(limit: number): Transform & { bytes(): number } {
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      size += chunk.length;
      if (size > limit) callback(new BodyTooLargeError(limit));
      else callback(null, chunk);
    },
  });
  return Object.assign(stream, { bytes: () => size });
}

export function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
