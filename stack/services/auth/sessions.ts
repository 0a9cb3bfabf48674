/** auth.sessions and auth.refresh_tokens: creation, rotation, revocation. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from './db';

export interface SessionRow {
  id: string;
  user_id: string;
  created_at: Date;
  /** Last sign-in or refresh (what the inactivity timeout measures from). */
  updated_at: Date;
  not_after: Date | null;
}

export interface RefreshTokenRow {
  id: string;
  token: string;
  user_id: string;
  revoked: boolean;
  updated_at: Date;
  parent: string | null;
  session_id: string | null;
}

const newRefreshToken = () => randomBytes(16).toString('base64url');

export async function createSession(db: Queryable, userId: string): Promise<SessionRow> {
  const { rows } = await db.query<SessionRow>(
    `insert into auth.sessions (id, user_id, created_at, updated_at, aal)
     values ($1, $2, now(), now(), 'aal1')
     returning id::text as id, user_id::text as user_id, created_at, updated_at, not_after`,
    [randomUUID(), userId],
  );
  return rows[0];
}

export async function findSession(db: Queryable, id: string): Promise<SessionRow | undefined> {
  const { rows } = await db.query<SessionRow>(
    `select id::text as id, user_id::text as user_id, created_at, coalesce(updated_at, created_at) as updated_at, not_after
     from auth.sessions where id = $1`,
    [id],
  );
  return rows[0];
}

export async function insertRefreshToken(db: Queryable, userId: string, sessionId: string, parent: string | null = null): Promise<string> {
  const token = newRefreshToken();
  await db.query(
    `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
     values ('00000000-0000-0000-0000-000000000000', $1, $2, false, now(), now(), $3, $4)`,
    [token, userId, parent, sessionId],
  );
  return token;
}

export async function findRefreshTokenForUpdate(db: Queryable, token: string): Promise<RefreshTokenRow | undefined> {
  const { rows } = await db.query<RefreshTokenRow>(
    `select id::text as id, token, user_id, coalesce(revoked, false) as revoked, updated_at, parent, session_id::text as session_id
     from auth.refresh_tokens where token = $1 for update`,
    [token],
  );
  return rows[0];
}

/** Rotation: the presented token is revoked and a child token issued in the same session. */
export async function rotateRefreshToken(db: Queryable, current: RefreshTokenRow, sessionId: string): Promise<string> {
  // A token revoked earlier keeps its revocation time, so reusing it never extends its reuse interval.
  await db.query('update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1 and not coalesce(revoked, false)', [
    current.id,
  ]);
  await db.query('update auth.sessions set updated_at = now(), refreshed_at = now() where id = $1', [sessionId]);
  return insertRefreshToken(db, current.user_id, sessionId, current.token);
}

/** The session's live refresh token issued in exchange for `parent`, if any (what a second tab gets). */
export async function findActiveChildToken(db: Queryable, sessionId: string, parent: string): Promise<string | undefined> {
  const { rows } = await db.query<{ token: string }>(
    `select token from auth.refresh_tokens
     where session_id = $1 and parent = $2 and not coalesce(revoked, false)
     order by id desc limit 1`,
    [sessionId, parent],
  );
  return rows[0]?.token;
}

/** Reuse of a revoked token: the whole family (session) is revoked, like GoTrue's RevokeTokenFamily. */
export async function revokeSessionTokens(db: Queryable, sessionId: string): Promise<void> {
  // The session ends too: otherwise its tokens, revoked just now, would be within their reuse interval.
  await db.query('update auth.sessions set not_after = now() where id = $1', [sessionId]);
  await db.query(
    'update auth.refresh_tokens set revoked = true, updated_at = now() where session_id = $1 and not coalesce(revoked, false)',
    [sessionId],
  );
}

async function deleteSessionsWhere(db: Queryable, condition: string, params: unknown[]): Promise<void> {
  // Refresh tokens cascade with their session; deleted explicitly too in case the FK is absent.
  await db.query(`delete from auth.refresh_tokens where session_id in (select id from auth.sessions where ${condition})`, params);
  await db.query(`delete from auth.sessions where ${condition}`, params);
}

export const deleteSession = (db: Queryable, sessionId: string) => deleteSessionsWhere(db, 'id = $1', [sessionId]);

export async function deleteAllSessionsOfUser(db: Queryable, userId: string): Promise<void> {
  await deleteSessionsWhere(db, 'user_id = $1', [userId]);
  await db.query('delete from auth.refresh_tokens where user_id = $1', [userId]);
}

export const deleteOtherSessionsOfUser = (db: Queryable, userId: string, keepSessionId: string) =>
  deleteSessionsWhere(db, 'user_id = $1 and id <> $2', [userId, keepSessionId]);
