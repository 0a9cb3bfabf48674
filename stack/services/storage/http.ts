/** HTTP helpers of the storage service, on the stack's shared ones (../http.ts). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, MiB, readBody, sendJson } from '../http';
import { StorageError, errors } from './errors';

export { sendJson };

/** The largest JSON body (sign, list, remove, create bucket). */
const MAX_JSON_BYTES = 1 * MiB;

export function sendError(res: ServerResponse, error: StorageError): void {
  sendJson(res, error.httpStatus, error.toJSON());
}

/** Maps the shared BodyTooLargeError to Supabase Storage's EntityTooLarge. */
export async function withinLimit<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    throw error instanceof BodyTooLargeError ? errors.tooLarge() : error;
  }
}

export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await withinLimit(readBody(req, MAX_JSON_BYTES));
  if (body.length === 0) return {};
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw errors.invalidRequest('Body must be a JSON object');
}
