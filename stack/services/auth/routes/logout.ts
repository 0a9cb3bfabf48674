/** POST /logout?scope=global|local|others: revokes sessions (and their refresh tokens); 204. */
import type { AuthContext } from '../context';
import { withTransaction } from '../db';
import { validationFailed } from '../errors';
import { requireUser } from '../guards';
import { sendNoContent } from '../http';
import type { Handler } from '../router';
import { deleteAllSessionsOfUser, deleteOtherSessionsOfUser, deleteSession } from '../sessions';

const SCOPES = ['global', 'local', 'others'] as const;
type Scope = (typeof SCOPES)[number];

export function logoutRoute(ctx: AuthContext): Handler {
  return async ({ req, res, url }) => {
    const rawScope = url.searchParams.get('scope') ?? 'global';
    if (!(SCOPES as readonly string[]).includes(rawScope)) {
      throw validationFailed(`Unsupported logout scope "${rawScope}" (expected one of: ${SCOPES.join(', ')})`);
    }
    const scope = rawScope as Scope;
    const { user, session } = await requireUser(ctx, req);
    await withTransaction(ctx.db, async (client) => {
      if (scope === 'global' || !session) await deleteAllSessionsOfUser(client, user.id);
      else if (scope === 'local') await deleteSession(client, session.id);
      else await deleteOtherSessionsOfUser(client, user.id, session.id);
    });
    sendNoContent(res);
  };
}
