/**
 * Sends a large request body the way an attacker would: streamed in 1 MiB writes of one reused
 * buffer (never allocated whole), chunked or with a declared Content-Length, until the server
 * answers, cuts the connection, or everything was sent.
 */
import http from 'node:http';
import { MiB } from '../services/http';

export interface BigPostResult {
  status?: number;
  body?: string;
  /** Bytes handed to the socket before the answer (or the end). */
  sent: number;
  /** Set when the connection failed before any answer. */
  error?: string;
}

export interface BigPostOptions {
  port: number;
  path: string;
  bytes: number;
  headers?: http.OutgoingHttpHeaders;
  /** Send `Content-Length: bytes` up front instead of a chunked body. */
  declareLength?: boolean;
}

export function bigPost({ port, path, bytes, headers = {}, declareLength = false }: BigPostOptions): Promise<BigPostResult> {
  const chunk = Buffer.alloc(MiB, 0x61);
  return new Promise((resolve) => {
    let sent = 0;
    let settled = false;
    let wake: () => void = () => {};
    const settle = (result: BigPostResult) => {
      if (settled) return;
      settled = true;
      wake();
      resolve(result);
    };
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path,
      agent: false,
      headers: { 'content-type': 'application/octet-stream', ...headers, ...(declareLength ? { 'content-length': String(bytes) } : {}) },
    });
    req.on('response', (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => settle({ status: res.statusCode, body: Buffer.concat(parts).toString('utf8'), sent }));
      res.on('error', () => settle({ status: res.statusCode, sent }));
      wake();
    });
    req.on('error', (error: NodeJS.ErrnoException) => settle({ error: error.code ?? error.message, sent }));
    const pump = async () => {
      while (!settled && sent < bytes) {
        const size = Math.min(chunk.length, bytes - sent);
        const flushed = req.write(size === chunk.length ? chunk : chunk.subarray(0, size));
        sent += size;
        if (!flushed) {
          await new Promise<void>((next) => {
            wake = next;
            req.once('drain', next);
          });
        }
        if (req.destroyed) return;
      }
      if (!settled) req.end();
    };
    void pump();
  });
}
