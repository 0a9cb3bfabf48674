/**
 * Input checks shared by the functions: each failure is a 400 naming the field, in words and as
 * { code, field, max } (the SPA turns those into a translated sentence with the field's label).
 */
import { badRequest } from './http.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function uuidField(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || !UUID.test(value)) throw badRequest(`${field} must be a UUID`, { code: 'invalid', field });
  return value.toLowerCase();
}

export function emailField(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || !EMAIL.test(value.trim()) || value.trim().length > 254) {
    throw badRequest(`${field} must be a valid e-mail address`, { code: 'invalid_email', field });
  }
  return value.trim().toLowerCase();
}

export function optionalText(body: Record<string, unknown>, field: string, maxLength = 200): string | null {
  const value = body[field];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || value.trim().length > maxLength) {
    throw badRequest(`${field} must be a text of at most ${maxLength} characters`, { code: 'too_long', field, max: maxLength });
  }
  return value.trim() || null;
}

/** An optional ISO timestamp that must lie in the future. */
export function optionalFutureDate(body: Record<string, unknown>, field: string): Date | null {
  const value = body[field];
  if (value === undefined || value === null || value === '') return null;
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw badRequest(`${field} must be an ISO 8601 date-time`, { code: 'invalid', field });
  if (date.getTime() <= Date.now()) throw badRequest(`${field} must be in the future`, { code: 'not_future', field });
  return date;
}

export function oneOf<T extends string>(body: Record<string, unknown>, field: string, allowed: readonly T[]): T {
  const value = body[field];
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw badRequest(`${field} must be one of ${allowed.join(', ')}`, { code: 'invalid', field });
  }
  return value as T;
}
