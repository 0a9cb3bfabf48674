/**
 * Test-only: a second auth service and gateway on the test stack's database, with the limits of
 * supabase/config.toml itself (the test stack lifts them, see RELAXED_LIMITS_ENV). Each instance has
 * fresh limiters, so each test sees the real defaults from zero.
 */
import path from 'node:path';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { StackConfig } from '../../config';
import { getStack } from '../../testing/context';
import { freePorts } from '../../testing/free-ports';
import { supabaseClient } from '../../testing/supabase';
import { FORWARDED_FOR_HEADER, FORWARDED_FOR_PROOF_HEADER, forwardedForProof } from '../forwarded-for';
import { startGateway } from '../gateway';
import { startAuth } from './index';
import { readAuthSettings } from './settings';

export interface LimitedAuth {
  config: StackConfig;
  /** supabase-js through this instance's gateway (so from 127.0.0.1, as the gateway sees it). */
  client(key?: 'anon' | 'service'): SupabaseClient;
  /** A request straight to the auth service as the gateway would forward one from `ip`. */
  fromIp(ip: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  stop(): Promise<void>;
}

export async function startLimitedAuth(): Promise<LimitedAuth> {
  const base = getStack();
  const ports = await freePorts();
  const config: StackConfig = {
    ...base,
    ports: { ...base.ports, auth: ports.auth, gateway: ports.gateway },
    apiUrl: `http://${base.host}:${ports.gateway}`,
    auth: readAuthSettings(path.join(base.rootDir, 'supabase', 'config.toml'), {}),
  };
  const auth = await startAuth(config);
  const gateway = await startGateway(config).catch(async (error: unknown) => {
    await auth.stop();
    throw error;
  });
  return {
    config,
    client: (key = 'anon') => supabaseClient({ config, key }),
    fromIp: (ip, urlPath, init) =>
      fetch(`http://${config.host}:${config.ports.auth}${urlPath}`, {
        method: init.method ?? 'POST',
        headers: {
          'content-type': 'application/json',
          'x-supabase-api-version': '2024-01-01',
          [FORWARDED_FOR_HEADER]: ip,
          [FORWARDED_FOR_PROOF_HEADER]: forwardedForProof(config.jwtSecret, ip),
          ...init.headers,
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      }),
    stop: async () => {
      await gateway.stop();
      await auth.stop();
    },
  };
}

/** Distinct client addresses for the per-account tests: only header values, never contacted. */
export const fakeIp = (i: number) => `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;
