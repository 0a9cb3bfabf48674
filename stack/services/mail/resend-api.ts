/**
 * A local stand-in for an HTTP mail API, speaking Resend's `POST /emails` (bearer API key, JSON
 * {from, to, subject, text?, html?, cc?}; answers {id}, or {statusCode, name, message} on error):
 * the message goes into the mail catcher like one received over SMTP. Served on the catcher's
 * web port (config.mailWebUrl); the Edge Functions use it with RESEND_API_URL=<that URL> and
 * RESEND_API_KEY=LOCAL_MAIL_API_KEY.
 */
import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { MailAddress, MessageStore } from './store';

export const LOCAL_MAIL_API_KEY = 're_local_development_key_do_not_use_in_prod';
const MAX_BODY = 10 * 1024 * 1024;

type ApiError = { status: number; name: string; message: string };

function fail(res: http.ServerResponse, error: ApiError) {
  res.writeHead(error.status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ statusCode: error.status, name: error.name, message: error.message }));
}

/** "Name <a@b.c>" or "a@b.c". */
function parseAddress(raw: string): MailAddress | undefined {
  const match = /^\s*(?:"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>|([^<>\s]+@[^<>\s]+))\s*$/.exec(raw);
  if (!match) return undefined;
  return { Address: match[2] ?? match[3]!, Name: (match[1] ?? '').trim() };
}

function addressList(value: unknown, field: string, required: boolean): MailAddress[] | ApiError {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  if (required && list.length === 0) return { status: 422, name: 'missing_required_field', message: `Missing \`${field}\` field.` };
  const parsed: MailAddress[] = [];
  for (const item of list) {
    const address = typeof item === 'string' ? parseAddress(item) : undefined;
    if (!address) return { status: 422, name: 'validation_error', message: `Invalid \`${field}\` field: ${JSON.stringify(item)}` };
    parsed.push(address);
  }
  return parsed;
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error('body too large'), { tooLarge: true });
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export function isMailApiRequest(req: http.IncomingMessage): boolean {
  return new URL(req.url ?? '/', 'http://localhost').pathname === '/emails';
}

export async function handleMailApi(store: MessageStore, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (req.method !== 'POST') return fail(res, { status: 405, name: 'method_not_allowed', message: 'Method not allowed' });
  const auth = req.headers.authorization ?? '';
  if (!auth.startsWith('Bearer ')) {
    return fail(res, { status: 401, name: 'missing_api_key', message: 'Missing API key in the authorization header.' });
  }
  if (auth.slice('Bearer '.length) !== LOCAL_MAIL_API_KEY)
    return fail(res, { status: 403, name: 'invalid_api_key', message: 'API key is invalid' });
  let body: Record<string, unknown>;
  try {
    const parsed = await readJson(req);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    body = parsed as Record<string, unknown>;
  } catch (error) {
    if ((error as { tooLarge?: boolean }).tooLarge) return fail(res, { status: 413, name: 'validation_error', message: 'Body too large' });
    return fail(res, { status: 422, name: 'validation_error', message: 'The body must be a JSON object.' });
  }
  const from = addressList(body.from, 'from', true);
  if (!Array.isArray(from)) return fail(res, from);
  if (from.length !== 1) return fail(res, { status: 422, name: 'validation_error', message: 'Invalid `from` field: one sender.' });
  const to = addressList(body.to, 'to', true);
  if (!Array.isArray(to)) return fail(res, to);
  const cc = addressList(body.cc, 'cc', false);
  if (!Array.isArray(cc)) return fail(res, cc);
  if (typeof body.subject !== 'string' || body.subject === '') {
    return fail(res, { status: 422, name: 'missing_required_field', message: 'Missing `subject` field.' });
  }
  const text = typeof body.text === 'string' ? body.text : '';
  const html = typeof body.html === 'string' ? body.html : '';
  if (!text && !html) return fail(res, { status: 422, name: 'validation_error', message: 'Missing `html` or `text` field.' });
  const id = randomUUID();
  store.add({
    MessageID: `<${id}@mail-api.local>`,
    From: from[0]!,
    To: to,
    Cc: cc,
    Subject: body.subject,
    Text: text,
    HTML: html,
    Size: text.length + html.length,
  });
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ id }));
}
