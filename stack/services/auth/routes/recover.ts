/**
 * POST /recover: e-mails a password-recovery link. The answer is 200 {} whether or not the address has
 * an account, and takes the same time: the limits are checked against the address as written (known or
 * not), then the lookup, the token and the e-mail happen after the response has been sent.
 */
import type { AuthContext } from '../context';
import { withTransaction } from '../db';
import { validateEmail } from '../emails';
import { optionalString, readJsonBody, sendJson } from '../http';
import { resolveRedirect } from '../redirects';
import type { Handler } from '../router';
import { prepareLink, sendLinkEmail } from '../send-link';
import { findUserByEmail } from '../users';

async function sendRecovery(ctx: AuthContext, email: string, redirectTo: string): Promise<void> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user || user.deleted_at) return;
  await withTransaction(ctx.db, async (client) => {
    const link = await prepareLink(ctx, client, user, 'recovery', redirectTo);
    await sendLinkEmail(ctx, link);
  });
}

export function recoverRoute(ctx: AuthContext): Handler {
  return async ({ req, res, url }) => {
    const body = await readJsonBody(req);
    const email = validateEmail(optionalString(body, 'email'), 'Password recovery requires an email');
    ctx.limits.request('recover', ctx.clientIp(req), email);
    ctx.limits.email(email);
    const requested = url.searchParams.get('redirect_to') ?? optionalString(body, 'redirect_to');
    const redirectTo = resolveRedirect(ctx, requested, ctx.defaultPasswordRedirect);
    sendJson(res, 200, {});
    ctx.runInBackground(`recovery e-mail to ${email}`, () => sendRecovery(ctx, email, redirectTo));
  };
}
