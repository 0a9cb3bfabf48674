/**
 * GET /verify (the e-mail link): verifies and redirects (303) to redirect_to with the session in
 * the fragment, or with error=...&error_code=...&error_description=... when the link is bad.
 * POST /verify (auth-js verifyOtp): {type, token_hash} or {type, email, token} -> session JSON.
 */
import type { AuthContext } from '../context';
import { withTransaction, type Queryable } from '../db';
import { AuthError, badRequest, forbidden, otpExpired, validationFailed } from '../errors';
import { optionalString, readJsonBody, redirect, sendJson } from '../http';
import { hashOtp } from '../otp';
import { resolveRedirect } from '../redirects';
import type { Handler } from '../router';
import { sessionFragment, startSession } from '../session-response';
import type { AuthMethod } from '../tokens';
import { findUserByEmail, findUserByToken, isBanned, updateUser, type TokenColumn, type UserRow } from '../users';
import { validateEmail } from '../emails';

const VERIFY_TYPES = ['signup', 'invite', 'recovery', 'magiclink', 'email'] as const;
type VerifyType = (typeof VERIFY_TYPES)[number];

const METHOD: Record<VerifyType, AuthMethod> = {
  signup: 'email/signup',
  invite: 'invite',
  recovery: 'recovery',
  magiclink: 'magiclink',
  email: 'otp',
};

const columnsFor = (type: VerifyType): TokenColumn[] =>
  type === 'signup' || type === 'invite'
    ? ['confirmation_token']
    : type === 'email'
      ? ['confirmation_token', 'recovery_token']
      : ['recovery_token'];

function parseType(raw: string | undefined): VerifyType {
  if (!raw) throw validationFailed('Verify requires a verification type');
  if (!(VERIFY_TYPES as readonly string[]).includes(raw)) {
    throw validationFailed(`Unsupported verification type "${raw}" (supported: ${VERIFY_TYPES.join(', ')})`);
  }
  return raw as VerifyType;
}

interface Lookup {
  tokenHash?: string;
  email?: string;
  otp?: string;
}

/** Finds the user holding this one-time token, checks expiry and ban, and consumes the token. */
async function consumeToken(ctx: AuthContext, db: Queryable, type: VerifyType, lookup: Lookup): Promise<UserRow> {
  const found = lookup.tokenHash ? await findByTokenHash(ctx, db, type, lookup.tokenHash) : await findByCode(ctx, db, type, lookup);
  if (!found || found.user.deleted_at) throw otpExpired();
  const { user, column } = found;
  const sentAt = column === 'confirmation_token' ? user.confirmation_sent_at : user.recovery_sent_at;
  if (!sentAt || Date.now() > sentAt.getTime() + ctx.settings.otpTtlSeconds * 1000) throw otpExpired();
  if (isBanned(user)) throw forbidden('user_banned', 'User is banned');
  ctx.otpAttempts.forget(user[column]);
  const confirmedAt = user.email_confirmed_at ?? new Date();
  return column === 'confirmation_token'
    ? updateUser(db, user.id, { confirmation_token: '', email_confirmed_at: confirmedAt })
    : updateUser(db, user.id, { recovery_token: '', email_confirmed_at: confirmedAt });
}

interface Found {
  user: UserRow;
  column: TokenColumn;
}

async function findByTokenHash(ctx: AuthContext, db: Queryable, type: VerifyType, tokenHash: string): Promise<Found | undefined> {
  if (ctx.otpAttempts.isVoid(tokenHash)) return undefined;
  for (const column of columnsFor(type)) {
    const user = await findUserByToken(db, column, tokenHash);
    if (user) return { user, column };
  }
  return undefined;
}

/**
 * The e-mail + 6-digit code form. A wrong code counts against each code the address currently holds;
 * past the limit those codes are void (refused, and cleared in the database outside this transaction).
 */
async function findByCode(ctx: AuthContext, db: Queryable, type: VerifyType, lookup: Lookup): Promise<Found | undefined> {
  const user = lookup.email ? await findUserByEmail(db, lookup.email) : undefined;
  if (!user || !lookup.email || !lookup.otp) return undefined;
  const guess = hashOtp(lookup.email, lookup.otp);
  const live = columnsFor(type).filter((column) => user[column] !== '' && !ctx.otpAttempts.isVoid(user[column]));
  const column = live.find((candidate) => user[candidate] === guess);
  if (column) return { user, column };
  const voided = live.filter((candidate) => ctx.otpAttempts.fail(user[candidate]));
  if (voided.length > 0) await voidCodes(ctx, user, voided);
  return undefined;
}

async function voidCodes(ctx: AuthContext, user: UserRow, columns: TokenColumn[]): Promise<void> {
  // Only the code that was guessed at: a code issued meanwhile stays valid.
  for (const column of columns) {
    await ctx.db.query(`update auth.users set ${column} = '' where id = $1 and ${column} = $2`, [user.id, user[column]]);
  }
}

function verifyAndSignIn(ctx: AuthContext, type: VerifyType, lookup: Lookup) {
  return withTransaction(ctx.db, async (client) => {
    const user = await consumeToken(ctx, client, type, lookup);
    return startSession(ctx, client, user, METHOD[type]);
  });
}

function errorRedirect(target: string, error: AuthError): string {
  const url = new URL(target);
  url.search = '';
  const oauthError: Record<number, string> = {
    400: 'invalid_request',
    401: 'unauthorized_client',
    403: 'access_denied',
    500: 'server_error',
  };
  const fragment = new URLSearchParams();
  if (oauthError[error.status]) fragment.set('error', oauthError[error.status]);
  fragment.set('error_code', error.code);
  fragment.set('error_description', error.code === 'otp_expired' ? 'Email link is invalid or has expired' : error.message);
  url.hash = fragment.toString();
  return url.toString();
}

export function verifyGetRoute(ctx: AuthContext): Handler {
  return async ({ req, res, url }) => {
    ctx.limits.request('verify', ctx.clientIp(req));
    const token = url.searchParams.get('token') ?? '';
    const type = parseType(url.searchParams.get('type') ?? undefined);
    if (!token) throw validationFailed('Verify requires a token or a token hash');
    const target = resolveRedirect(ctx, url.searchParams.get('redirect_to') ?? undefined, ctx.siteUrl);
    let session;
    try {
      session = await verifyAndSignIn(ctx, type, { tokenHash: token });
    } catch (error) {
      if (error instanceof AuthError && error.status < 500) return redirect(res, errorRedirect(target, error));
      throw error;
    }
    redirect(res, `${target}#${sessionFragment(session, type)}`);
  };
}

export function verifyPostRoute(ctx: AuthContext): Handler {
  return async ({ req, res }) => {
    const body = await readJsonBody(req);
    const type = parseType(optionalString(body, 'type'));
    const tokenHash = optionalString(body, 'token_hash');
    const token = optionalString(body, 'token');
    const email = optionalString(body, 'email');
    ctx.limits.request('verify', ctx.clientIp(req), email?.trim());
    if (optionalString(body, 'phone')) throw badRequest('phone_provider_disabled', 'Phone verification is not available');
    let lookup: Lookup;
    if (tokenHash) lookup = { tokenHash };
    else if (token && email !== undefined) lookup = { email: validateEmail(email), otp: token.replace(/-/g, '') };
    else if (token) throw validationFailed('Verify with a token requires an email (or send token_hash instead)');
    else throw validationFailed('Verify requires a token or a token hash');
    sendJson(res, 200, await verifyAndSignIn(ctx, type, lookup));
  };
}
