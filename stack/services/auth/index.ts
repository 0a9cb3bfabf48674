/**
 * Local stand-in for Supabase Auth (GoTrue): the subset of its HTTP API that supabase-js and
 * ra-supabase use, on config.ports.auth, storing users, sessions and refresh tokens in the
 * auth schema of the local Postgres. See ./server.ts for the endpoints.
 */
import http from 'node:http';
import type { StackConfig } from '../../config';
import { createLogger } from '../../log';
import type { RunningService } from '../types';
import { createMailer } from '../mail/mailer';
import { contextUrls, type AuthContext } from './context';
import { createDb } from './db';
import { createAuthRouter } from './server';
import { TokenSigner } from './tokens';

const log = createLogger('auth');

export interface AuthOptions {
  /** GoTrue's REFRESH_TOKEN_REUSE_INTERVAL; 0 (default) = a used refresh token is refused at once. */
  refreshTokenReuseSeconds?: number;
  otpTtlSeconds?: number;
}

export async function startAuth(config: StackConfig, options: AuthOptions = {}): Promise<RunningService> {
  const db = createDb(config.authDbUrl);
  const urls = contextUrls(config);
  const mailer = createMailer(config);
  try {
    await db.query('select 1 from auth.users limit 1');
  } catch (error) {
    await db.end();
    throw new Error(`auth: cannot use auth.users as supabase_auth_admin: ${(error as Error).message}`);
  }
  const ctx: AuthContext = {
    db,
    signer: new TokenSigner(config.jwtSecret, urls.externalUrl),
    mailer,
    ...urls,
    refreshTokenReuseSeconds: options.refreshTokenReuseSeconds ?? 0,
    otpTtlSeconds: options.otpTtlSeconds ?? 3600,
    logError: (message) => log.error(message),
  };
  const server = http.createServer(createAuthRouter(ctx).listener);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.ports.auth, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
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
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      mailer.close();
      await db.end();
    },
  };
}
