/** Request/response helpers for the auth service (node:http, no framework). */
import type http from 'node:http';
import { AuthError, badRequest, validationFailed } from './errors';

const MAX_BODY_BYTES = 1024 * 1024;

export type JsonObject = Record<string, unknown>;

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export function sendNoContent(res: http.ServerResponse) {
  res.writeHead(204);
  res.end();
}

export function redirect(res: http.ServerResponse, location: string) {
  res.writeHead(303, { location });
  res.end();
}

async function readRaw(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new AuthError(413, 'request_too_large', 'Request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON object body; an empty body reads as {} so each endpoint reports what is missing. */
export async function readJsonBody(req: http.IncomingMessage): Promise<JsonObject> {
  const raw = await readRaw(req);
  if (raw.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw badRequest('bad_json', `Could not parse request body as JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw badRequest('bad_json', 'Request body must be a JSON object');
  }
  return parsed as JsonObject;
}

export function optionalString(body: JsonObject, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw validationFailed(`${key} must be a string`);
  return value;
}

export function optionalBoolean(body: JsonObject, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw validationFailed(`${key} must be a boolean`);
  return value;
}

export function optionalObject(body: JsonObject, key: string): JsonObject | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw validationFailed(`${key} must be a JSON object`);
  return value as JsonObject;
}

export function bearerToken(req: http.IncomingMessage): string | undefined {
  const match = /^[Bb]earer (\S+)$/.exec(req.headers.authorization ?? '');
  return match?.[1];
}
