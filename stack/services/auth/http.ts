/**
 * Request/response helpers of the auth service (node:http, no framework): GoTrue's JSON bodies and
 * fields. JSON answers and bounded body reading are the stack's shared ones (../http).
 */
import type http from 'node:http';
import { BodyTooLargeError, MiB, readText } from '../http';
import { AuthError, badRequest, validationFailed } from './errors';

export { sendJson } from '../http';

const MAX_BODY_BYTES = MiB;

export type JsonObject = Record<string, unknown>;

export function sendNoContent(res: http.ServerResponse) {
  res.writeHead(204);
  res.end();
}

export function redirect(res: http.ServerResponse, location: string) {
  res.writeHead(303, { location });
  res.end();
}

/** The body as text; over MAX_BODY_BYTES it is GoTrue's 413 `request_too_large`. */
async function readRaw(req: http.IncomingMessage): Promise<string> {
  try {
    return await readText(req, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new AuthError(413, 'request_too_large', 'Request body too large');
    throw error;
  }
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
