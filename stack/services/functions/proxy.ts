/**
 * Forwards one HTTP request to a function process. The request body is read first (within the
 * host's limit) and sent unchanged (raw bodies matter for webhook signatures), so that a request
 * refused by a process that just died can be sent again once it is booted anew.
 */
import http from 'node:http';
import { sendJson } from '../http.ts';

/** Sends the request; resolves false when the connection was refused before any answer. */
export function forward(
  port: number,
  agent: http.Agent,
  req: http.IncomingMessage,
  body: Buffer,
  res: http.ServerResponse,
): Promise<boolean> {
  return new Promise((resolve) => {
    const upstream = http.request({ host: '127.0.0.1', port, agent, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      answer.on('end', () => resolve(true));
      answer.on('error', () => resolve(true));
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (!res.headersSent && (error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET')) {
        resolve(false);
        return;
      }
      sendJson(res, 502, { code: 'FUNCTION_ERROR', message: `The function did not answer: ${error.message}` });
      resolve(true);
    });
    upstream.end(body);
  });
}
