/** The shared bounded body reading (./http.ts), on a throwaway local server. */
import http from 'node:http';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { bigPost } from '../testing/big-post';
import { BodyTooLargeError, byteLimit, closeServer, listen, MiB, readBody, refuseTooLarge, sendJson } from './http';

let server: http.Server | undefined;

/** A server reading each body within `limit`, answering its size, or 413. */
async function startServer(limit: number): Promise<{ port: number }> {
  server = http.createServer((req, res) => {
    readBody(req, limit).then(
      (body) => sendJson(res, 200, { size: body.length }),
      (error: unknown) => {
        if (error instanceof BodyTooLargeError) refuseTooLarge(req, res, { limit: error.limit });
        else sendJson(res, 500, { error: String(error) });
      },
    );
  });
  await listen(server, 0, '127.0.0.1');
  return { port: (server.address() as { port: number }).port };
}

afterEach(async () => {
  if (server) await closeServer(server);
  server = undefined;
});

describe('readBody', () => {
  it('reads a body within the limit whole', async () => {
    const { port } = await startServer(2 * MiB);
    const result = await bigPost({ port, path: '/', bytes: 2 * MiB });
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body!)).toEqual({ size: 2 * MiB });
  });

  it('refuses a declared Content-Length over the limit with 413', async () => {
    const { port } = await startServer(MiB);
    const result = await bigPost({ port, path: '/', bytes: 64 * MiB, declareLength: true });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body!)).toEqual({ limit: MiB });
    expect(result.sent).toBeLessThan(64 * MiB);
  });

  it('refuses a declared Content-Length over the limit without reading a byte', async () => {
    const body = Object.assign(Readable.from([Buffer.alloc(100)]), { headers: { 'content-length': '100' } });
    await expect(readBody(body as unknown as http.IncomingMessage, 10)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(body.readableFlowing).toBeNull();
  });

  it('refuses a chunked body as soon as it passes the limit', async () => {
    const { port } = await startServer(MiB);
    const result = await bigPost({ port, path: '/', bytes: 64 * MiB });
    expect(result.status).toBe(413);
    expect(result.sent).toBeLessThan(64 * MiB);
  });
});

describe('byteLimit', () => {
  it('lets bytes through up to the limit and fails past it', async () => {
    const sink: Buffer[] = [];
    const collect = new Writable({
      write(chunk: Buffer, _encoding, done) {
        sink.push(chunk);
        done();
      },
    });
    await pipeline(Readable.from([Buffer.alloc(10), Buffer.alloc(10)]), byteLimit(20), collect);
    expect(Buffer.concat(sink).length).toBe(20);
    const over = new Writable({
      write(_chunk, _encoding, done) {
        done();
      },
    });
    await expect(pipeline(Readable.from([Buffer.alloc(10), Buffer.alloc(11)]), byteLimit(20), over)).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
  });
});
