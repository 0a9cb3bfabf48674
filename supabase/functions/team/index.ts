/**
 * team (ADMIN only):
 * - POST /team/invite { email, role, full_name? }: auth invite e-mail (set-password link to the
 *   SPA) and the agents row;
 * - POST /team/role { agent_id, role }: change an agent's role;
 * - POST /team/deactivate { agent_id } / POST /team/reactivate { agent_id }: auth ban (no new
 *   session, no token refresh) and agents.active, which every policy checks on each request.
 * An admin cannot change their own role or deactivate themselves (no lock-out).
 */
import { requireAgent } from '../_shared/auth.ts';
import { handle, HttpError, json, methodNotAllowed, readJsonObject, subPath } from '../_shared/http.ts';
import { adminClient } from '../_shared/supabase.ts';
import { changeRole, inviteAgent, setAgentActive } from './team-actions.ts';

Deno.serve(
  handle(async (req) => {
    const [action, ...rest] = subPath(req);
    if (!action || rest.length > 0 || !['invite', 'role', 'deactivate', 'reactivate'].includes(action)) {
      throw new HttpError(404, 'Unknown route: use POST /team/invite, /team/role, /team/deactivate or /team/reactivate');
    }
    if (req.method !== 'POST') throw methodNotAllowed(['POST']);
    const admin = adminClient();
    const caller = await requireAgent(req, admin, ['ADMIN']);
    const body = await readJsonObject(req);
    switch (action) {
      case 'invite':
        return json(await inviteAgent(admin, body), 201);
      case 'role':
        return json(await changeRole(caller, body));
      case 'deactivate':
        return json(await setAgentActive(admin, caller, body, false));
      default:
        return json(await setAgentActive(admin, caller, body, true));
    }
  }),
);
