/** The auth service's routes (paths as GoTrue sees them: the gateway strips /auth/v1). */
import type { AuthContext } from './context';
import { Router } from './router';
import { healthRoute, settingsRoute, signupRoute } from './routes/meta';
import { tokenRoute } from './routes/token';
import { getUserRoute, updateUserRoute } from './routes/user';
import { logoutRoute } from './routes/logout';
import { recoverRoute } from './routes/recover';
import { verifyGetRoute, verifyPostRoute } from './routes/verify';
import { inviteRoute } from './routes/invite';
import { generateLinkRoute } from './routes/generate-link';
import { createUserRoute, deleteUserRoute, getUserByIdRoute, listUsersRoute, updateUserByIdRoute } from './routes/admin-users';

export function createAuthRouter(ctx: AuthContext): Router {
  return new Router(ctx.logError)
    .on('GET', '/health', healthRoute)
    .on('GET', '/settings', settingsRoute)
    .on('POST', '/signup', signupRoute)
    .on('POST', '/token', tokenRoute(ctx))
    .on('GET', '/user', getUserRoute(ctx))
    .on('PUT', '/user', updateUserRoute(ctx))
    .on('POST', '/logout', logoutRoute(ctx))
    .on('POST', '/recover', recoverRoute(ctx))
    .on('GET', '/verify', verifyGetRoute(ctx))
    .on('POST', '/verify', verifyPostRoute(ctx))
    .on('POST', '/invite', inviteRoute(ctx))
    .on('POST', '/admin/generate_link', generateLinkRoute(ctx))
    .on('GET', '/admin/users', listUsersRoute(ctx))
    .on('POST', '/admin/users', createUserRoute(ctx))
    .on('GET', '/admin/users/:id', getUserByIdRoute(ctx))
    .on('PUT', '/admin/users/:id', updateUserByIdRoute(ctx))
    .on('DELETE', '/admin/users/:id', deleteUserRoute(ctx));
}
