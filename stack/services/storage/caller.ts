/**
 * Who is calling: the JWT of the Authorization header (the gateway puts the apikey there when the
 * client sent none), verified with the project's JWT secret, as Supabase Storage does.
 */
import type { IncomingMessage } from 'node:http';
import { jwtVerify, errors as joseErrors } from 'jose';
import { errors } from './errors';

export type ApiRole = 'anon' | 'authenticated' | 'service_role';
const API_ROLES: readonly string[] = ['anon', 'authenticated', 'service_role'];

export interface Caller {
  role: ApiRole;
  /** auth user id (sub), absent for the anon and service keys. */
  userId?: string;
  claims: Record<string, unknown>;
}

export function jwtMessage(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return '"exp" claim timestamp check failed';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'invalid signature';
  return 'jwt malformed';
}

export async function verifyCaller(req: IncomingMessage, secret: Uint8Array): Promise<Caller> {
  const header = req.headers.authorization;
  if (!header) throw errors.noAuthorization();
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw errors.invalidJwt('jwt malformed');
  let claims: Record<string, unknown>;
  try {
    ({ payload: claims } = await jwtVerify(match[1], secret, { algorithms: ['HS256'] }));
  } catch (error) {
    throw errors.invalidJwt(jwtMessage(error));
  }
  const role = claims.role;
  if (typeof role !== 'string' || !API_ROLES.includes(role)) {
    throw errors.unauthorized(`role ${String(role)} may not use storage`);
  }
  const sub = typeof claims.sub === 'string' ? claims.sub : undefined;
  return { role: role as ApiRole, userId: sub, claims };
}
