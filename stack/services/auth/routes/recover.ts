/** POST /recover: e-mails a password-recovery link (200 {} whether or not the address is known). */
import type { AuthContext } from '../context';
import { withTransaction } from '../db';
import { validateEmail } from '../emails';
import { optionalString, readJsonBody, sendJson } from '../http';
import { resolveRedirect } from '../redirects';
import type { Handler } from '../router';
import { prepareLink, sendLinkEmail } from '../send-link';
import { findUserByEmail } from '../users';

export function recoverRoute(ctx: AuthContext): Handler {
  return async ({ req, res, url }) => {
    const body = await readJsonBody(req);
    const email = validateEmail(optionalString(body, 'email'), 'Password recovery requires an email');
    const requested = url.searchParams.get('redirect_to') ?? optionalString(body, 'redirect_to');
    const redirectTo = resolveRedirect(ctx, requested, ctx.defaultPasswordRedirect);
    const user = await findUserByEmail(ctx.db, email);
    // Unknown (or deleted) addresses get the same answer, so the endpoint does not reveal who has an account.
    if (user && !user.deleted_at) {
      await withTransaction(ctx.db, async (client) => {
        const link = await prepareLink(ctx, client, user, 'recovery', redirectTo);
        await sendLinkEmail(ctx, link);
      });
    }
    sendJson(res, 200, {});
  };
}
