/** auth.users repository (SQL). Emails are stored lower-case, like GoTrue. */
import { randomUUID } from 'node:crypto';
import type { Queryable } from './db';

export interface UserRow {
  id: string;
  aud: string;
  role: string;
  email: string | null;
  encrypted_password: string | null;
  email_confirmed_at: Date | null;
  invited_at: Date | null;
  confirmation_token: string;
  confirmation_sent_at: Date | null;
  recovery_token: string;
  recovery_sent_at: Date | null;
  last_sign_in_at: Date | null;
  raw_app_meta_data: Record<string, unknown>;
  raw_user_meta_data: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
  phone: string | null;
  phone_confirmed_at: Date | null;
  banned_until: Date | null;
  deleted_at: Date | null;
  is_anonymous: boolean;
}

const COLUMNS = `id::text as id, coalesce(aud, 'authenticated') as aud, coalesce(role, 'authenticated') as role,
  email, encrypted_password, email_confirmed_at, invited_at,
  coalesce(confirmation_token, '') as confirmation_token, confirmation_sent_at,
  coalesce(recovery_token, '') as recovery_token, recovery_sent_at, last_sign_in_at,
  coalesce(raw_app_meta_data, '{}'::jsonb) as raw_app_meta_data,
  coalesce(raw_user_meta_data, '{}'::jsonb) as raw_user_meta_data,
  coalesce(created_at, now()) as created_at, coalesce(updated_at, created_at, now()) as updated_at,
  phone, phone_confirmed_at, banned_until, deleted_at, coalesce(is_anonymous, false) as is_anonymous`;

export const isBanned = (user: UserRow, now = new Date()) => user.banned_until !== null && user.banned_until > now;

export async function findUserById(db: Queryable, id: string, forUpdate = false): Promise<UserRow | undefined> {
  const lock = forUpdate ? ' for update' : '';
  const { rows } = await db.query<UserRow>(`select ${COLUMNS} from auth.users where id = $1${lock}`, [id]);
  return rows[0];
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(
    `select ${COLUMNS} from auth.users where lower(email) = lower($1) and not coalesce(is_sso_user, false)
     order by created_at limit 1`,
    [email],
  );
  return rows[0];
}

export type TokenColumn = 'confirmation_token' | 'recovery_token';

export async function findUserByToken(db: Queryable, column: TokenColumn, tokenHash: string): Promise<UserRow | undefined> {
  if (!tokenHash) return undefined;
  const { rows } = await db.query<UserRow>(`select ${COLUMNS} from auth.users where ${column} = $1 for update`, [tokenHash]);
  return rows[0];
}

export interface NewUser {
  id?: string;
  email: string;
  encryptedPassword: string;
  role?: string;
  emailConfirmedAt?: Date | null;
  invitedAt?: Date | null;
  confirmationToken?: string;
  confirmationSentAt?: Date | null;
  appMetadata: Record<string, unknown>;
  userMetadata: Record<string, unknown>;
  bannedUntil?: Date | null;
}

/** Inserts the user and, like GoTrue's sign-up, its 'email' identity (provider_id = user id). */
export async function insertUser(db: Queryable, user: NewUser): Promise<UserRow> {
  const { rows } = await db.query<UserRow>(
    `with new_user as (
       insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, invited_at,
         confirmation_token, confirmation_sent_at, recovery_token, email_change_token_new, email_change,
         email_change_token_current, phone_change, phone_change_token, reauthentication_token,
         raw_app_meta_data, raw_user_meta_data, is_super_admin, created_at, updated_at, banned_until, is_anonymous)
       values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', $2, lower($3), $4, $5, $6, $7, $8, '', '', '',
         '', '', '', '', $9::jsonb, $10::jsonb, false, now(), now(), $11, false)
       returning *
     ), new_identity as (
       insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
       select id::text, id, jsonb_build_object('sub', id::text, 'email', email, 'email_verified', email_confirmed_at is not null,
                'phone_verified', false), 'email', created_at, updated_at
       from new_user where email is not null
     )
     select ${COLUMNS} from new_user`,
    [
      user.id ?? randomUUID(),
      user.role ?? 'authenticated',
      user.email,
      user.encryptedPassword,
      user.emailConfirmedAt ?? null,
      user.invitedAt ?? null,
      user.confirmationToken ?? '',
      user.confirmationSentAt ?? null,
      JSON.stringify(user.appMetadata),
      JSON.stringify(user.userMetadata),
      user.bannedUntil ?? null,
    ],
  );
  return rows[0];
}

/** Columns the service updates; values are bound as parameters (jsonb ones stringified). */
export interface UserPatch {
  role?: string;
  email?: string;
  encrypted_password?: string;
  email_confirmed_at?: Date | null;
  invited_at?: Date | null;
  confirmation_token?: string;
  confirmation_sent_at?: Date | null;
  recovery_token?: string;
  recovery_sent_at?: Date | null;
  last_sign_in_at?: Date | null;
  raw_app_meta_data?: Record<string, unknown>;
  raw_user_meta_data?: Record<string, unknown>;
  banned_until?: Date | null;
  deleted_at?: Date | null;
  phone?: string | null;
}

const JSON_COLUMNS = new Set(['raw_app_meta_data', 'raw_user_meta_data']);

export async function updateUser(db: Queryable, id: string, patch: UserPatch): Promise<UserRow> {
  const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
  const sets = entries.map(([column], i) =>
    column === 'email' ? `email = lower($${i + 2})` : JSON_COLUMNS.has(column) ? `${column} = $${i + 2}::jsonb` : `${column} = $${i + 2}`,
  );
  const values = entries.map(([column, value]) => (JSON_COLUMNS.has(column) ? JSON.stringify(value) : value));
  // GoTrue keeps the e-mail identity's data in step with the user's e-mail and its confirmation.
  const syncIdentity =
    patch.email !== undefined || patch.email_confirmed_at !== undefined
      ? `, identity as (
         update auth.identities i
         set identity_data = i.identity_data || jsonb_build_object('email', c.email, 'email_verified', c.email_confirmed_at is not null),
             updated_at = now()
         from changed c where i.user_id = c.id and i.provider = 'email' and c.email is not null
       )`
      : '';
  const { rows } = await db.query<UserRow>(
    `with changed as (
       update auth.users set ${[...sets, 'updated_at = now()'].join(', ')} where id = $1 returning *
     )${syncIdentity}
     select ${COLUMNS} from changed`,
    [id, ...values],
  );
  if (!rows[0]) throw new Error(`user ${id} vanished during update`);
  return rows[0];
}

export async function deleteUser(db: Queryable, id: string): Promise<void> {
  await db.query('delete from auth.users where id = $1', [id]);
}

export interface UserPage {
  users: UserRow[];
  total: number;
}

export async function listUsers(db: Queryable, page: number, perPage: number, filter?: string): Promise<UserPage> {
  const where = filter ? `where email ilike '%' || $1 || '%' or raw_user_meta_data->>'full_name' ilike '%' || $1 || '%'` : '';
  const params = filter ? [filter] : [];
  const count = await db.query<{ total: string }>(`select count(*) as total from auth.users ${where}`, params);
  const { rows } = await db.query<UserRow>(
    `select ${COLUMNS} from auth.users ${where} order by created_at desc, id
     limit $${params.length + 1} offset $${params.length + 2}`,
    [...params, perPage, (page - 1) * perPage],
  );
  return { users: rows, total: Number(count.rows[0].total) };
}

/** Merges like GoTrue's UpdateUserMetaData/UpdateAppMetaData: null values delete keys. */
export function mergeMetadata(current: Record<string, unknown>, updates: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...current };
  for (const [key, value] of Object.entries(updates)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
