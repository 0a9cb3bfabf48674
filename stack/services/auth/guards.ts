/** Authentication guards: the signed-in user (GET/PUT /user, /logout) and the admin (service role). */
import type http from 'node:http';
import type { AuthContext } from './context';
import { badRequest, forbidden, unauthorized } from './errors';
import { bearerToken } from './http';
import { findSession, type SessionRow } from './sessions';
import type { AccessTokenClaims } from './tokens';
import { findUserById, type UserRow } from './users';

const ADMIN_ROLES = new Set(['service_role', 'supabase_admin']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string) => UUID.test(value);

async function verifiedClaims(ctx: AuthContext, req: http.IncomingMessage): Promise<AccessTokenClaims> {
  const token = bearerToken(req);
  if (!token) throw unauthorized('no_authorization', 'This endpoint requires a Bearer token');
  return ctx.signer.verify(token);
}

export interface Authenticated {
  claims: AccessTokenClaims;
  user: UserRow;
  session: SessionRow | undefined;
}

export async function requireUser(ctx: AuthContext, req: http.IncomingMessage): Promise<Authenticated> {
  const claims = await verifiedClaims(ctx, req);
  if (!claims.sub) throw forbidden('bad_jwt', 'invalid claim: missing sub claim');
  if (!isUuid(claims.sub)) throw badRequest('bad_jwt', 'invalid claim: sub claim must be a UUID');
  const user = await findUserById(ctx.db, claims.sub);
  if (!user) throw forbidden('user_not_found', 'User from sub claim in JWT does not exist');
  let session: SessionRow | undefined;
  if (claims.session_id && claims.session_id !== '00000000-0000-0000-0000-000000000000') {
    if (!isUuid(claims.session_id)) throw forbidden('bad_jwt', 'invalid claim: session_id claim must be a UUID');
    session = await findSession(ctx.db, claims.session_id);
    if (!session) throw forbidden('session_not_found', 'Session from session_id claim in JWT does not exist');
  }
  return { claims, user, session };
}

export async function requireAdmin(ctx: AuthContext, req: http.IncomingMessage): Promise<AccessTokenClaims> {
  const claims = await verifiedClaims(ctx, req);
  if (!claims.role || !ADMIN_ROLES.has(claims.role)) throw forbidden('not_admin', 'User not allowed');
  return claims;
}
