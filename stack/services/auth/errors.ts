/**
 * GoTrue-compatible errors. GoTrue answers in two shapes, chosen by the request's
 * X-Supabase-Api-Version header (supabase-js sends 2024-01-01):
 *   >= 2024-01-01: { "code": "<error_code>", "message": "..." } and the header echoed back;
 *   otherwise:     { "code": <status>, "error_code": "<error_code>", "msg": "..." }.
 * Both carry the x-sb-error-code header.
 */
import type http from 'node:http';
import { sendJson } from '../http';

export const API_VERSION_HEADER = 'x-supabase-api-version';
const API_VERSION_2024_01_01 = '2024-01-01';

export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra top-level fields, e.g. weak_password: { reasons }. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badRequest = (code: string, message: string) => new AuthError(400, code, message);
export const validationFailed = (message: string) => new AuthError(400, 'validation_failed', message);
export const unauthorized = (code: string, message: string) => new AuthError(401, code, message);
export const forbidden = (code: string, message: string) => new AuthError(403, code, message);
export const notFound = (code: string, message: string) => new AuthError(404, code, message);
export const unprocessable = (code: string, message: string) => new AuthError(422, code, message);
export const internalError = (message: string) => new AuthError(500, 'unexpected_failure', message);

export const invalidCredentials = () => badRequest('invalid_credentials', 'Invalid login credentials');
export const otpExpired = () => forbidden('otp_expired', 'Token has expired or is invalid');
export const emailExists = () => unprocessable('email_exists', 'A user with this email address has already been registered');

/** The API version the client asked for, if it is 2024-01-01 or later (like DetermineClosestAPIVersion). */
export function modernApiVersion(req: http.IncomingMessage): string | undefined {
  const raw = req.headers[API_VERSION_HEADER];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) return undefined;
  return value >= API_VERSION_2024_01_01 ? API_VERSION_2024_01_01 : undefined;
}

export function errorBody(error: AuthError, modern: boolean): Record<string, unknown> {
  return modern
    ? { code: error.code, message: error.message, ...error.extra }
    : { code: error.status, error_code: error.code, msg: error.message, ...error.extra };
}

export function sendError(req: http.IncomingMessage, res: http.ServerResponse, error: AuthError): void {
  const version = modernApiVersion(req);
  const headers: Record<string, string> = { 'x-sb-error-code': error.code };
  if (version) headers[API_VERSION_HEADER] = version;
  sendJson(res, error.status, errorBody(error, version !== undefined), headers);
}
