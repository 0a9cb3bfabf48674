/**
 * The stack the bench measures: the whole local stack (gateway, auth, PostgREST, storage,
 * functions; optionally the built SPA) on free ports, against a cached bench database. Only this
 * stack's PostgREST is told to answer `Accept: application/vnd.pgrst.plan+json` (in-database
 * setting `pgrst.db_plan_enabled` of the authenticator role, removed again when it stops).
 */
import type { StackConfig } from '../config';
import { loadConfig } from '../config';
import { withClient } from '../database';
import { RELAXED_LIMITS_ENV } from '../services/auth/settings';
import { startStack } from '../supervisor';
import { freePorts } from '../testing/free-ports';

export interface BenchStack {
  config: StackConfig;
  stop(): Promise<void>;
}

const PLAN_ON = "alter role authenticator set pgrst.db_plan_enabled = 'true'";
const PLAN_OFF = 'alter role authenticator reset pgrst.db_plan_enabled';

async function planAnswers(config: StackConfig): Promise<boolean> {
  const response = await fetch(`${config.apiUrl}/rest/v1/products?select=id&limit=1`, {
    headers: { apikey: config.serviceRoleKey, authorization: `Bearer ${config.serviceRoleKey}`, accept: 'application/vnd.pgrst.plan+json' },
  });
  await response.arrayBuffer();
  return response.ok;
}

export async function startBenchStack(dataDir: string, options: { spa: boolean }): Promise<BenchStack> {
  const env = { ...process.env, ...RELAXED_LIMITS_ENV };
  delete env.SITE_URL;
  const config = loadConfig(env, { dataDir, ports: await freePorts() });
  const stack = await startStack(config, { spa: options.spa ? 'preview' : false, demoData: false });
  const stop = async () => {
    await withClient(config.adminDbUrl, (client) => client.query(PLAN_OFF)).catch(() => undefined);
    await stack.stop();
  };
  try {
    await withClient(config.adminDbUrl, async (client) => {
      await client.query(PLAN_ON);
      await client.query("notify pgrst, 'reload config'");
    });
    const deadline = Date.now() + 30_000;
    while (!(await planAnswers(config))) {
      if (Date.now() > deadline) throw new Error('PostgREST does not answer plan requests (db-plan-enabled)');
      await new Promise((r) => setTimeout(r, 250));
    }
    return { config, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
