/** GET /user and PUT /user: the signed-in user reads and updates itself. */
import type { AuthContext } from '../context';
import { withTransaction } from '../db';
import { unprocessable } from '../errors';
import { requireUser } from '../guards';
import { optionalObject, optionalString, readJsonBody, sendJson } from '../http';
import { checkPasswordStrength, hashPassword, verifyPassword } from '../passwords';
import type { Handler } from '../router';
import { deleteAllSessionsOfUser, deleteOtherSessionsOfUser } from '../sessions';
import { mergeMetadata, updateUser, type UserPatch } from '../users';
import { userJson } from '../user-json';

export function getUserRoute(ctx: AuthContext): Handler {
  return async ({ req, res }) => {
    const { user } = await requireUser(ctx, req);
    sendJson(res, 200, userJson(user));
  };
}

export function updateUserRoute(ctx: AuthContext): Handler {
  return async ({ req, res }) => {
    const { user, session } = await requireUser(ctx, req);
    const body = await readJsonBody(req);
    const password = optionalString(body, 'password');
    const email = optionalString(body, 'email');
    const phone = optionalString(body, 'phone');
    // auth-js sends user metadata as `data`; `user_metadata` is accepted as an alias.
    const data = optionalObject(body, 'data') ?? optionalObject(body, 'user_metadata');

    if (email !== undefined && email.trim().toLowerCase() !== (user.email ?? '')) {
      throw unprocessable(
        'validation_failed',
        'Changing the e-mail address is not supported by the local auth service; an admin can change it (PUT /admin/users/{id})',
      );
    }
    if (phone !== undefined && phone !== (user.phone ?? '')) {
      throw unprocessable('phone_provider_disabled', 'Phone provider is disabled');
    }

    const patch: UserPatch = {};
    if (password !== undefined) {
      checkPasswordStrength(password, ctx.settings.password);
      if (await verifyPassword(password, user.encrypted_password)) {
        throw unprocessable('same_password', 'New password should be different from the old password.');
      }
      patch.encrypted_password = await hashPassword(password);
      patch.recovery_token = '';
      patch.confirmation_token = '';
    }
    if (data) patch.raw_user_meta_data = mergeMetadata(user.raw_user_meta_data, data);

    const updated = await withTransaction(ctx.db, async (client) => {
      const result = Object.keys(patch).length > 0 ? await updateUser(client, user.id, patch) : user;
      if (password !== undefined) {
        // Like GoTrue: a new password signs out every other session (all of them without a session).
        if (session) await deleteOtherSessionsOfUser(client, user.id, session.id);
        else await deleteAllSessionsOfUser(client, user.id);
      }
      return result;
    });
    sendJson(res, 200, userJson(updated));
  };
}
