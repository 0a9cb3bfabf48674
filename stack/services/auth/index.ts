/**
 * Local stand-in for Supabase Auth (GoTrue): the subset of its HTTP API that supabase-js and
 * ra-supabase use, on config.ports.auth, storing users, sessions and refresh tokens in the
 * auth schema of the local Postgres. See ./server.ts for the endpoints.
 */
import http from 'node:http';
import { closeServer, listen } from '../http';
import type { StackConfig } from '../../config';
import { createLogger } from '../../log';
import type { RunningService } from '../types';
import { createMailer } from '../mail/mailer';
import { contextUrls, type AuthContext } from './context';
import { createDb } from './db';
import { clientIp } from './client-ip';
import { AuthLimits } from './limits';
import { OtpAttempts } from './otp-attempts';
import { createAuthRouter } from './server';
import { TokenSigner } from './tokens';

const log = createLogger('auth');

/** Limits, policies and lifetimes come from config.auth (supabase/config.toml [auth], see ./settings.ts). */
export async function startAuth(config: StackConfig): Promise<RunningService> {
  const db = createDb(config.authDbUrl);
  const urls = contextUrls(config);
  const mailer = createMailer(config);
  try {
    await db.query('select 1 from auth.users limit 1');
  } catch (error) {
    await db.end();
    throw new Error(`auth: cannot use auth.users as supabase_auth_admin: ${(error as Error).message}`);
  }
  const pending = new Set<Promise<void>>();
  const ctx: AuthContext = {
    db,
    signer: new TokenSigner(config.jwtSecret, urls.externalUrl),
    mailer,
    ...urls,
    settings: config.auth,
    limits: new AuthLimits(config.auth),
    otpAttempts: new OtpAttempts(config.auth.otpMaxAttempts),
    clientIp: (req) => clientIp(req, config.jwtSecret),
    logError: (message) => log.error(message),
    runInBackground: (what, work) => {
      const task = work()
        .catch((error: unknown) => log.error(`${what}: ${(error as Error)?.message ?? String(error)}`))
        .finally(() => pending.delete(task));
      pending.add(task);
    },
  };
  const server = http.createServer(createAuthRouter(ctx).listener);
  try {
    await listen(server, config.ports.auth, config.host);
  } catch (error) {
    mailer.close();
    await db.end();
    throw new Error(`auth: cannot listen on ${config.host}:${config.ports.auth}: ${(error as Error).message}`);
  }
  const url = `http://${config.host}:${config.ports.auth}`;
  log.debug(`listening on ${url}`);
  return {
    name: 'auth',
    url,
    stop: async () => {
      await closeServer(server);
      await Promise.allSettled([...pending]);
      mailer.close();
      await db.end();
    },
  };
}
