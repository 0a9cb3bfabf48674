/** POST /token?grant_type=password | refresh_token */
import type { AuthContext } from '../context';
import { withTransaction } from '../db';
import { badRequest, invalidCredentials, validationFailed } from '../errors';
import { optionalString, readJsonBody, sendJson } from '../http';
import { UNKNOWN_USER_HASH, verifyPassword } from '../passwords';
import type { Handler } from '../router';
import { sessionResponse, startSession } from '../session-response';
import {
  findActiveChildToken,
  findRefreshTokenForUpdate,
  findSession,
  revokeSessionTokens,
  rotateRefreshToken,
  type SessionRow,
} from '../sessions';
import { findUserByEmail, findUserById, isBanned } from '../users';

export function tokenRoute(ctx: AuthContext): Handler {
  return async ({ req, res, url }) => {
    const grantType = url.searchParams.get('grant_type');
    const body = await readJsonBody(req);
    const ip = ctx.clientIp(req);
    if (grantType === 'password') {
      // Per IP and per named account, so guesses spread over many addresses are bounded too.
      const email = optionalString(body, 'email');
      ctx.limits.request('password', ip, email?.trim());
      return sendJson(res, 200, await passwordGrant(ctx, body));
    }
    if (grantType === 'refresh_token') {
      ctx.limits.request('refresh', ip);
      return sendJson(res, 200, await refreshTokenGrant(ctx, body));
    }
    throw validationFailed(
      grantType ? `unsupported_grant_type: ${grantType} (supported: password, refresh_token)` : 'grant_type query parameter is required',
    );
  };
}

async function passwordGrant(ctx: AuthContext, body: Record<string, unknown>) {
  const email = optionalString(body, 'email');
  const phone = optionalString(body, 'phone');
  const password = optionalString(body, 'password') ?? '';
  if (email && phone) throw validationFailed('Only an email address or phone number should be provided on login.');
  if (phone) throw badRequest('phone_provider_disabled', 'Phone logins are disabled');
  if (!email) throw validationFailed('missing email or phone');
  const user = await findUserByEmail(ctx.db, email.trim());
  // An unknown address costs the same bcrypt comparison as a known one: no enumeration by timing.
  const known = user !== undefined && !user.deleted_at;
  const passwordOk = await verifyPassword(password, known ? user.encrypted_password : UNKNOWN_USER_HASH);
  if (!user || user.deleted_at || !passwordOk) throw invalidCredentials();
  if (isBanned(user)) throw badRequest('user_banned', 'User is banned');
  if (!user.email_confirmed_at) throw badRequest('email_not_confirmed', 'Email not confirmed');
  return withTransaction(ctx.db, (client) => startSession(ctx, client, user, 'password'));
}

async function refreshTokenGrant(ctx: AuthContext, body: Record<string, unknown>) {
  const refreshToken = optionalString(body, 'refresh_token');
  if (!refreshToken) throw validationFailed('refresh_token required');
  const outcome = await withTransaction(ctx.db, async (client) => {
    const token = await findRefreshTokenForUpdate(client, refreshToken);
    if (!token) throw badRequest('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
    const user = await findUserById(client, token.user_id);
    if (!user) throw badRequest('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
    if (isBanned(user)) throw badRequest('user_banned', 'Invalid Refresh Token: User Banned');
    const session = token.session_id ? await findSession(client, token.session_id) : undefined;
    if (!session) throw badRequest('session_not_found', 'Invalid Refresh Token: No Valid Session Found');
    const expired = sessionExpiry(ctx, session);
    if (expired !== undefined) throw badRequest('session_expired', `Invalid Refresh Token: Session Expired${expired}`);
    let next: string | undefined;
    if (token.revoked) {
      if (Date.now() >= token.updated_at.getTime() + ctx.settings.refreshTokenReuseSeconds * 1000) {
        // Reuse of a used token after the reuse interval: revoke the whole family (committed), then refuse.
        await revokeSessionTokens(client, session.id);
        return { refused: badRequest('refresh_token_already_used', 'Invalid Refresh Token: Already Used') };
      }
      // Within the interval (two tabs refreshing together): the token the other tab got, like GoTrue.
      next = await findActiveChildToken(client, session.id, token.token);
    }
    next ??= await rotateRefreshToken(client, token, session.id);
    return { session: await sessionResponse(ctx, user, session.id, next, 'password', Math.floor(session.created_at.getTime() / 1000)) };
  });
  if ('refused' in outcome) throw outcome.refused;
  return outcome.session;
}

/** Why the session can no longer be refreshed (GoTrue's not_after, sessions.timebox, inactivity_timeout), or undefined. */
function sessionExpiry(ctx: AuthContext, session: SessionRow, now = Date.now()): string | undefined {
  if (session.not_after && session.not_after.getTime() < now) return '';
  const { sessionTimeboxMs, sessionInactivityTimeoutMs } = ctx.settings;
  if (sessionTimeboxMs > 0 && session.created_at.getTime() + sessionTimeboxMs < now) return ' (timebox)';
  if (sessionInactivityTimeoutMs > 0 && session.updated_at.getTime() + sessionInactivityTimeoutMs < now) return ' (inactivity)';
  return undefined;
}
