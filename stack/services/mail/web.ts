/**
 * The catcher's HTTP side: a small HTML reader and a JSON API modelled on Mailpit's
 * (GET /api/v1/messages, GET /api/v1/message/:id, DELETE /api/v1/messages), and the HTTP mail API
 * stand-in (POST /emails, Resend's shape).
 */
import type http from 'node:http';
import { BodyTooLargeError, MiB, readText, sendJson as sendJsonWith } from '../http';
import type { MessageStore, StoredMessage } from './store';
import { renderList, renderMessage, renderNotFound } from './html';
import { handleMailApi, isMailApiRequest } from './resend-api';

const MAX_BODY_BYTES = 1 * MiB;

const sendJson = (res: http.ServerResponse, status: number, body: unknown) =>
  sendJsonWith(res, status, body, { 'cache-control': 'no-store' });

function sendHtml(res: http.ServerResponse, status: number, body: string) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; frame-src 'self'; form-action 'self'",
  });
  res.end(body);
}

function summary(m: StoredMessage) {
  return {
    ID: m.ID,
    MessageID: m.MessageID,
    From: m.From,
    To: m.To,
    Cc: m.Cc,
    Subject: m.Subject,
    Created: m.Created,
    Size: m.Size,
    Snippet: m.Snippet,
  };
}

function detail(m: StoredMessage) {
  return { ...summary(m), Date: m.Created, Text: m.Text, HTML: m.HTML };
}

/** Optional body of DELETE /api/v1/messages: {"IDs": [...]}; no body deletes everything. */
function parseDeleteIds(raw: string): string[] | undefined | Error {
  if (raw.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return new Error('body must be JSON: {"IDs": ["..."]} or empty');
  }
  const ids = (parsed as { IDs?: unknown } | null)?.IDs;
  if (ids === undefined) return undefined;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
    return new Error('IDs must be an array of message IDs');
  }
  return ids;
}

function nonNegativeInt(raw: string | null, fallback: number): number | Error {
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : new Error(`expected a non-negative integer, got "${raw}"`);
}

export function createWebHandler(store: MessageStore): http.RequestListener {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    void (async () => {
      // The HTTP mail API stand-in (Resend's POST /emails), see ./resend-api.ts.
      if (isMailApiRequest(req)) return handleMailApi(store, req, res);
      if (method === 'GET' && path === '/api/v1/messages') {
        const start = nonNegativeInt(url.searchParams.get('start'), 0);
        const limit = nonNegativeInt(url.searchParams.get('limit'), 50);
        if (start instanceof Error || limit instanceof Error) {
          return sendJson(res, 400, { error: `start/limit: ${(start instanceof Error ? start : (limit as Error)).message}` });
        }
        const all = store.list();
        const messages = all.slice(start, start + limit).map(summary);
        return sendJson(res, 200, { total: all.length, start, count: messages.length, messages_count: all.length, messages });
      }
      if (method === 'DELETE' && path === '/api/v1/messages') {
        const ids = parseDeleteIds(await readText(req, MAX_BODY_BYTES));
        if (ids instanceof Error) return sendJson(res, 400, { error: ids.message });
        const deleted = store.delete(ids);
        return sendJson(res, 200, { deleted });
      }
      const apiMatch = /^\/api\/v1\/message\/([^/]+)$/.exec(path);
      if (method === 'GET' && apiMatch) {
        const message = store.get(decodeURIComponent(apiMatch[1]));
        return message ? sendJson(res, 200, detail(message)) : sendJson(res, 404, { error: 'message not found' });
      }
      if (method === 'GET' && (path === '/' || path === '/index.html')) return sendHtml(res, 200, renderList(store.list()));
      const viewMatch = /^\/view\/([^/]+)$/.exec(path);
      if (method === 'GET' && viewMatch) {
        const message = store.get(decodeURIComponent(viewMatch[1]));
        return message ? sendHtml(res, 200, renderMessage(message)) : sendHtml(res, 404, renderNotFound());
      }
      if (method === 'POST' && path === '/delete-all') {
        store.delete();
        res.writeHead(303, { location: '/' });
        return res.end();
      }
      if (path.startsWith('/api/')) return sendJson(res, 404, { error: `no such endpoint: ${method} ${path}` });
      return sendHtml(res, 404, renderNotFound());
    })().catch((error: Error) => {
      if (error instanceof BodyTooLargeError) sendJson(res, 413, { error: error.message });
      else if (!res.headersSent) sendJson(res, 500, { error: error.message });
      else res.destroy();
    });
  };
}
