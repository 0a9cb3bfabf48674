/** POST /admin/generate_link (service role): builds an e-mail action link without sending it. */
import type { AuthContext } from '../context';
import { withTransaction } from '../db';
import { emailExists, notFound, validationFailed } from '../errors';
import { validateEmail } from '../emails';
import { requireAdmin } from '../guards';
import { optionalObject, optionalString, readJsonBody, sendJson } from '../http';
import type { LinkType } from '../otp';
import { checkPasswordStrength, hashPassword } from '../passwords';
import { resolveRedirect } from '../redirects';
import type { Handler } from '../router';
import { prepareLink, type PreparedLink } from '../send-link';
import { findUserByEmail, insertUser } from '../users';
import { userJson } from '../user-json';
import { EMAIL_PROVIDER, prepareInvite } from './invite';

const TYPES: LinkType[] = ['signup', 'invite', 'magiclink', 'recovery'];

export function generateLinkRoute(ctx: AuthContext): Handler {
  return async ({ req, res, url }) => {
    await requireAdmin(ctx, req);
    const body = await readJsonBody(req);
    const rawType = optionalString(body, 'type');
    if (!rawType || !(TYPES as string[]).includes(rawType)) {
      throw validationFailed(`Invalid email action link type requested: ${rawType ?? '(none)'} (supported: ${TYPES.join(', ')})`);
    }
    const type = rawType as LinkType;
    const email = validateEmail(optionalString(body, 'email'), 'Generating a link requires an email');
    const data = optionalObject(body, 'data');
    const password = optionalString(body, 'password');
    const requested = url.searchParams.get('redirect_to') ?? optionalString(body, 'redirect_to');
    const fallback = type === 'invite' || type === 'recovery' ? ctx.defaultPasswordRedirect : ctx.siteUrl;
    const redirectTo = resolveRedirect(ctx, requested, fallback);

    const link: PreparedLink = await withTransaction(ctx.db, async (client) => {
      if (type === 'invite') return prepareInvite(ctx, client, email, data, redirectTo);
      const existing = await findUserByEmail(client, email);
      if (type === 'signup') {
        if (existing?.email_confirmed_at) throw emailExists();
        if (!password) throw validationFailed('Signup requires a valid password');
        checkPasswordStrength(password, ctx.settings.password);
        const user =
          existing ??
          (await insertUser(client, {
            email,
            encryptedPassword: await hashPassword(password),
            appMetadata: EMAIL_PROVIDER,
            userMetadata: data ?? {},
          }));
        return prepareLink(ctx, client, user, 'signup', redirectTo);
      }
      if (!existing || existing.deleted_at) throw notFound('user_not_found', 'User with this email not found');
      return prepareLink(ctx, client, existing, type, redirectTo);
    });
    sendJson(res, 200, {
      ...userJson(link.user),
      action_link: link.actionLink,
      email_otp: link.otp,
      hashed_token: link.tokenHash,
      redirect_to: link.redirectTo,
      verification_type: link.type,
    });
  };
}
