/** A complete, isolated stack for a test run: free ports, its own temporary data folder. */
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type StackConfig } from '../config';
import { startStack, type RunningStack } from '../supervisor';
import type { SpaMode } from '../services/vite';
import { RELAXED_LIMITS_ENV } from '../services/auth/settings';
import { freePorts } from './free-ports';

export interface TestStack extends RunningStack {
  config: StackConfig;
}

export async function startTestStack(
  options: { spa?: SpaMode | false; demoData?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<TestStack> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'partners-stack-'));
  // As root the database runs as the `postgres` user, who must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  // The suite signs in hundreds of times from one address: auth's request and e-mail limits are lifted
  // (the rate-limit tests start their own auth service with config.toml's limits).
  const env = { ...process.env, ...RELAXED_LIMITS_ENV, ...options.env };
  delete env.SITE_URL;
  const config = loadConfig(env, { dataDir, ports: await freePorts(), ephemeral: true });
  try {
    const stack = await startStack(config, { spa: options.spa ?? false, demoData: options.demoData ?? false });
    return {
      ...stack,
      async stop() {
        await stack.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
