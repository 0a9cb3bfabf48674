/**
 * Maps errors of the SQL functions (raised with an SQLSTATE) and of PostgREST to HTTP errors.
 * 22023/22P02/23514 bad input -> 400, 42501 not allowed -> 403, P0002 not found -> 404,
 * 55000 wrong state -> 409, PostgREST JWT errors -> 401; anything else is unexpected (500).
 */
import { HttpError } from './http.ts';

export interface DbError {
  code?: string;
  message: string;
  details?: string | null;
  hint?: string | null;
}

const STATUS_BY_CODE: Record<string, number> = {
  '22023': 400,
  '22P02': 400,
  '22007': 400,
  '22008': 400,
  '23514': 400,
  '42501': 403,
  P0002: 404,
  '55000': 409,
  PGRST301: 401,
  PGRST302: 401,
  PGRST303: 401,
};

export function httpErrorFromDb(error: DbError): Error {
  const status = error.code ? STATUS_BY_CODE[error.code] : undefined;
  if (status === 401) return new HttpError(401, 'Invalid or expired access token: sign in again');
  if (status) return new HttpError(status, error.message);
  return new Error(`database error ${error.code ?? ''}: ${error.message}`);
}
