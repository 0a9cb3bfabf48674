/** Builds GoTrue's AccessTokenResponse: a new session (sign-in, verify) or a refreshed one. */
import type { AuthContext } from './context';
import type { Queryable } from './db';
import { createSession, insertRefreshToken } from './sessions';
import { ACCESS_TOKEN_TTL_SECONDS, type AuthMethod } from './tokens';
import { updateUser, type UserRow } from './users';
import { userJson } from './user-json';

export interface SessionResponse {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  expires_at: number;
  refresh_token: string;
  user: Record<string, unknown>;
}

export async function sessionResponse(
  ctx: AuthContext,
  user: UserRow,
  sessionId: string,
  refreshToken: string,
  method: AuthMethod,
  authenticatedAt: number,
): Promise<SessionResponse> {
  const access = await ctx.signer.issue(user, sessionId, method, authenticatedAt);
  return {
    access_token: access.token,
    token_type: 'bearer',
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
    expires_at: access.expiresAt,
    refresh_token: refreshToken,
    user: userJson(user),
  };
}

/** Signs the user in: new session + first refresh token, last_sign_in_at updated. */
export async function startSession(ctx: AuthContext, db: Queryable, user: UserRow, method: AuthMethod): Promise<SessionResponse> {
  const signedIn = await updateUser(db, user.id, { last_sign_in_at: new Date() });
  const session = await createSession(db, user.id);
  const refreshToken = await insertRefreshToken(db, user.id, session.id);
  return sessionResponse(ctx, signedIn, session.id, refreshToken, method, Math.floor(Date.now() / 1000));
}

/** The session as a redirect fragment, like GoTrue's AsRedirectURL (keys sorted as url.Values encodes them). */
export function sessionFragment(session: SessionResponse, type: string): string {
  const values: Record<string, string> = {
    access_token: session.access_token,
    expires_at: String(session.expires_at),
    expires_in: String(session.expires_in),
    refresh_token: session.refresh_token,
    token_type: session.token_type,
    type,
  };
  return new URLSearchParams(Object.entries(values).sort(([a], [b]) => a.localeCompare(b))).toString();
}
