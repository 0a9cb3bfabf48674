/** Creates a one-time token for a user, stores its hash, and builds (and optionally e-mails) the link. */
import { DEFAULT_SENDER } from '../mail/mailer';
import type { AuthContext } from './context';
import type { Queryable } from './db';
import { internalError } from './errors';
import { renderAuthEmail } from './mail-templates';
import { generateOneTimeToken, verifyLink, type LinkType } from './otp';
import { updateUser, type UserRow } from './users';

export interface PreparedLink {
  user: UserRow;
  actionLink: string;
  otp: string;
  tokenHash: string;
  redirectTo: string;
  type: LinkType;
}

/** Stores the token hash on the user (confirmation_token for signup/invite, recovery_token otherwise). */
export async function prepareLink(
  ctx: AuthContext,
  db: Queryable,
  user: UserRow,
  type: LinkType,
  redirectTo: string,
): Promise<PreparedLink> {
  const email = user.email ?? '';
  const { otp, tokenHash } = generateOneTimeToken(email);
  const now = new Date();
  const updated =
    type === 'signup' || type === 'invite'
      ? await updateUser(db, user.id, { confirmation_token: tokenHash, confirmation_sent_at: now })
      : await updateUser(db, user.id, { recovery_token: tokenHash, recovery_sent_at: now });
  return { user: updated, actionLink: verifyLink(ctx.externalUrl, tokenHash, type, redirectTo), otp, tokenHash, redirectTo, type };
}

export async function sendLinkEmail(ctx: AuthContext, link: PreparedLink): Promise<void> {
  const mail = renderAuthEmail(link.type, { link: link.actionLink, otp: link.otp, siteUrl: ctx.siteUrl });
  try {
    await ctx.mailer.sendMail({ from: DEFAULT_SENDER, to: link.user.email ?? '', subject: mail.subject, html: mail.html, text: mail.text });
  } catch (error) {
    ctx.logError(`sending ${link.type} e-mail: ${(error as Error).message}`);
    const what =
      link.type === 'recovery' ? 'recovery' : link.type === 'invite' ? 'invite' : link.type === 'signup' ? 'confirmation' : 'magic link';
    throw internalError(`Error sending ${what} email`);
  }
}
