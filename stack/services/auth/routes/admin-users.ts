/** Admin user management (service role): GET/POST /admin/users, GET/PUT/DELETE /admin/users/:id. */
import type { AuthContext } from '../context';
import { withTransaction } from '../db';
import { parseGoDuration } from '../duration';
import { emailExists, notFound, validationFailed } from '../errors';
import { validateEmail } from '../emails';
import { isUuid, requireAdmin } from '../guards';
import { optionalBoolean, optionalObject, optionalString, readJsonBody, sendJson, type JsonObject } from '../http';
import { checkPasswordStrength, hashPassword, isBcryptHash } from '../passwords';
import type { Handler, Request } from '../router';
import { deleteAllSessionsOfUser } from '../sessions';
import { deleteUser, findUserByEmail, findUserById, insertUser, listUsers, mergeMetadata, updateUser, type UserPatch } from '../users';
import { userJson } from '../user-json';
import { EMAIL_PROVIDER } from './invite';

const MAX_PER_PAGE = 1000;

/** ban_duration: "none" lifts the ban, otherwise a Go duration from now. */
function bannedUntil(body: JsonObject): Date | null | undefined {
  const raw = optionalString(body, 'ban_duration');
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'none') return null;
  const ms = parseGoDuration(raw);
  if (ms instanceof Error) throw validationFailed(`invalid format for ban duration: ${ms.message}`);
  return ms === 0 ? null : new Date(Date.now() + ms);
}

function positiveInt(raw: string | null, name: string, fallback: number): number {
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw validationFailed(`Bad Pagination Parameters: ${name} must be a positive integer`);
  return value;
}

async function loadUser(ctx: AuthContext, { params }: Request) {
  const id = params.id;
  if (!isUuid(id)) throw validationFailed('user_id must be an UUID');
  const user = await findUserById(ctx.db, id);
  if (!user) throw notFound('user_not_found', 'User not found');
  return user;
}

function rejectPhone(body: JsonObject) {
  if (optionalString(body, 'phone')) throw validationFailed('Phone users are not supported by the local auth service');
}

export function listUsersRoute(ctx: AuthContext): Handler {
  return async ({ req, res, url }) => {
    await requireAdmin(ctx, req);
    const page = positiveInt(url.searchParams.get('page'), 'page', 1);
    const perPage = Math.min(positiveInt(url.searchParams.get('per_page'), 'per_page', 50), MAX_PER_PAGE);
    const filter = url.searchParams.get('filter') || undefined;
    const { users, total } = await listUsers(ctx.db, page, perPage, filter);
    // Pagination headers like GoTrue's addPaginationHeaders (page first: auth-js parses it that way).
    const lastPage = Math.ceil(total / perPage);
    const pageUrl = (n: number) => {
      const query = new URLSearchParams({ page: String(n), per_page: String(perPage) });
      if (filter) query.set('filter', filter);
      return `<${ctx.externalUrl}/admin/users?${query.toString()}>`;
    };
    const links: string[] = [];
    if (page < lastPage) links.push(`${pageUrl(page + 1)}; rel="next"`);
    links.push(`${pageUrl(lastPage)}; rel="last"`);
    sendJson(res, 200, { users: users.map(userJson), aud: 'authenticated' }, { 'x-total-count': String(total), link: links.join(', ') });
  };
}

export function getUserByIdRoute(ctx: AuthContext): Handler {
  return async (request) => {
    await requireAdmin(ctx, request.req);
    sendJson(request.res, 200, userJson(await loadUser(ctx, request)));
  };
}

export function createUserRoute(ctx: AuthContext): Handler {
  return async ({ req, res }) => {
    await requireAdmin(ctx, req);
    const body = await readJsonBody(req);
    rejectPhone(body);
    const email = validateEmail(optionalString(body, 'email'), 'Cannot create a user without either an email or phone');
    const id = optionalString(body, 'id');
    if (id !== undefined && !isUuid(id)) throw validationFailed('id must be an UUID');
    const password = optionalString(body, 'password');
    const passwordHash = optionalString(body, 'password_hash');
    if (password && passwordHash) throw validationFailed('Only a password or a password hash should be provided');
    if (password) checkPasswordStrength(password, ctx.settings.password);
    if (passwordHash && !isBcryptHash(passwordHash)) throw validationFailed('password_hash must be a bcrypt hash');
    const emailConfirm = optionalBoolean(body, 'email_confirm') ?? false;
    const userMetadata = optionalObject(body, 'user_metadata') ?? {};
    const appMetadata = optionalObject(body, 'app_metadata');
    const role = optionalString(body, 'role');
    const ban = bannedUntil(body);
    if (await findUserByEmail(ctx.db, email)) throw emailExists();
    if (id && (await findUserById(ctx.db, id))) throw validationFailed('A user with this id already exists');
    const user = await insertUser(ctx.db, {
      id,
      email,
      encryptedPassword: password ? await hashPassword(password) : (passwordHash ?? ''),
      role: role || 'authenticated',
      emailConfirmedAt: emailConfirm ? new Date() : null,
      appMetadata: mergeMetadata(EMAIL_PROVIDER, appMetadata ?? {}),
      userMetadata,
      bannedUntil: ban ?? null,
    }).catch((error: { code?: string }) => {
      if (error.code === '23505') throw emailExists();
      throw error;
    });
    sendJson(res, 200, userJson(user));
  };
}

export function updateUserByIdRoute(ctx: AuthContext): Handler {
  return async (request) => {
    await requireAdmin(ctx, request.req);
    const user = await loadUser(ctx, request);
    const body = await readJsonBody(request.req);
    rejectPhone(body);
    const patch: UserPatch = {};
    const email = optionalString(body, 'email');
    if (email !== undefined && email !== '') {
      patch.email = validateEmail(email);
      const other = await findUserByEmail(ctx.db, patch.email);
      if (other && other.id !== user.id) throw emailExists();
    }
    const password = optionalString(body, 'password');
    if (password !== undefined) {
      checkPasswordStrength(password, ctx.settings.password);
      patch.encrypted_password = await hashPassword(password);
      patch.recovery_token = '';
      patch.confirmation_token = '';
    }
    const role = optionalString(body, 'role');
    if (role) patch.role = role;
    if (optionalBoolean(body, 'email_confirm') === true) patch.email_confirmed_at = user.email_confirmed_at ?? new Date();
    const userMetadata = optionalObject(body, 'user_metadata');
    if (userMetadata) patch.raw_user_meta_data = mergeMetadata(user.raw_user_meta_data, userMetadata);
    const appMetadata = optionalObject(body, 'app_metadata');
    if (appMetadata) patch.raw_app_meta_data = mergeMetadata(user.raw_app_meta_data, appMetadata);
    const ban = bannedUntil(body);
    if (ban !== undefined) patch.banned_until = ban;
    const updated = await withTransaction(ctx.db, async (client) => {
      const result = Object.keys(patch).length > 0 ? await updateUser(client, user.id, patch) : user;
      // Like GoTrue's UpdatePassword without a session: every session of the user ends.
      if (password !== undefined) await deleteAllSessionsOfUser(client, user.id);
      return result;
    }).catch((error: { code?: string }) => {
      if (error.code === '23505') throw emailExists();
      throw error;
    });
    sendJson(request.res, 200, userJson(updated));
  };
}

export function deleteUserRoute(ctx: AuthContext): Handler {
  return async (request) => {
    await requireAdmin(ctx, request.req);
    const user = await loadUser(ctx, request);
    const body = await readJsonBody(request.req);
    const soft = optionalBoolean(body, 'should_soft_delete') ?? false;
    await withTransaction(ctx.db, async (client) => {
      await deleteAllSessionsOfUser(client, user.id);
      if (!soft) return deleteUser(client, user.id);
      if (user.deleted_at) return;
      // Soft delete: the row stays (foreign keys keep working) but can no longer be used or found by e-mail.
      await updateUser(client, user.id, {
        deleted_at: new Date(),
        email: `deleted+${user.id}@deleted.invalid`,
        encrypted_password: '',
        raw_user_meta_data: {},
        confirmation_token: '',
        recovery_token: '',
      });
    }).catch((error: { code?: string; detail?: string }) => {
      if (error.code === '23503') {
        throw validationFailed(`Database error deleting user: the user is still referenced (${error.detail ?? 'foreign key'})`);
      }
      throw error;
    });
    sendJson(request.res, 200, {});
  };
}
