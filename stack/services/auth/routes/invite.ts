/** POST /invite (service role): creates the user if needed and e-mails an invite link to set a password. */
import type { AuthContext } from '../context';
import { withTransaction, type Queryable } from '../db';
import { emailExists } from '../errors';
import { validateEmail } from '../emails';
import { requireAdmin } from '../guards';
import { optionalObject, optionalString, readJsonBody, sendJson } from '../http';
import { resolveRedirect } from '../redirects';
import type { Handler } from '../router';
import { prepareLink, sendLinkEmail, type PreparedLink } from '../send-link';
import { findUserByEmail, insertUser, mergeMetadata, updateUser } from '../users';
import { userJson } from '../user-json';

export const EMAIL_PROVIDER = { provider: 'email', providers: ['email'] };

/** Shared by /invite and /admin/generate_link type=invite. */
export async function prepareInvite(
  ctx: AuthContext,
  db: Queryable,
  email: string,
  data: Record<string, unknown> | undefined,
  redirectTo: string,
): Promise<PreparedLink> {
  const existing = await findUserByEmail(db, email);
  if (existing && existing.email_confirmed_at) throw emailExists();
  const now = new Date();
  const user = existing
    ? await updateUser(db, existing.id, {
        invited_at: now,
        raw_user_meta_data: data ? mergeMetadata(existing.raw_user_meta_data, data) : undefined,
      })
    : await insertUser(db, {
        email,
        encryptedPassword: '',
        invitedAt: now,
        appMetadata: EMAIL_PROVIDER,
        userMetadata: data ?? {},
      }).catch((error: { code?: string }) => {
        if (error.code === '23505') throw emailExists();
        throw error;
      });
  return prepareLink(ctx, db, user, 'invite', redirectTo);
}

export function inviteRoute(ctx: AuthContext): Handler {
  return async ({ req, res, url }) => {
    await requireAdmin(ctx, req);
    const body = await readJsonBody(req);
    const email = validateEmail(optionalString(body, 'email'), 'An email address is required to send an invite');
    const data = optionalObject(body, 'data');
    const requested = url.searchParams.get('redirect_to') ?? optionalString(body, 'redirect_to');
    const redirectTo = resolveRedirect(ctx, requested, ctx.defaultPasswordRedirect);
    const link = await withTransaction(ctx.db, async (client) => {
      const prepared = await prepareInvite(ctx, client, email, data, redirectTo);
      // Invites count against email_sent like every e-mail GoTrue sends (no per-address frequency).
      ctx.limits.adminEmail();
      await sendLinkEmail(ctx, prepared);
      return prepared;
    });
    sendJson(res, 200, userJson(link.user));
  };
}
