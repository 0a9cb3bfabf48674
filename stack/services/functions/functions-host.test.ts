/**
 * The local Edge Functions host on its own, with throwaway functions in a temporary project:
 * routing by name, bodies passed through byte for byte, Supabase's environment, boot errors,
 * and a crashed function booted again on the next request.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StackConfig } from '../../config';
import { getStack } from '../../testing/context';
import { freePorts } from '../../testing/free-ports';
import { startFunctions, type FunctionsService } from './index';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const ECHO = `
Deno.serve(async (req) => {
  const url = new URL(req.url);
  if (url.pathname.endsWith('/crash')) Deno.exit(3);
  const body = new Uint8Array(await req.arrayBuffer());
  return Response.json({
    method: req.method,
    path: url.pathname,
    query: url.search,
    bodyHex: Array.from(body, (b) => b.toString(16).padStart(2, '0')).join(''),
    signature: req.headers.get('stripe-signature'),
    env: {
      SUPABASE_URL: Deno.env.get('SUPABASE_URL'),
      SUPABASE_ANON_KEY: Deno.env.get('SUPABASE_ANON_KEY'),
      SUPABASE_SERVICE_ROLE_KEY: Deno.env.get('SUPABASE_SERVICE_ROLE_KEY'),
      SUPABASE_DB_URL: Deno.env.get('SUPABASE_DB_URL'),
      STRIPE_WEBHOOK_SECRET: Deno.env.get('STRIPE_WEBHOOK_SECRET'),
      STRIPE_SECRET_KEY: Deno.env.get('STRIPE_SECRET_KEY') ?? null,
      STRIPE_API_BASE: Deno.env.get('STRIPE_API_BASE'),
      CRON_SECRET: Deno.env.get('CRON_SECRET') ?? null,
      SMTP_HOST: Deno.env.get('SMTP_HOST'),
      SMTP_PORT: Deno.env.get('SMTP_PORT'),
      SITE_URL: Deno.env.get('SITE_URL'),
    },
  });
});
`;

let root: string;
let config: StackConfig;
let host: FunctionsService;
let base: string;
const logLines: string[] = [];

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'functions-host-'));
  fs.symlinkSync(path.join(getStack().rootDir, 'node_modules'), path.join(root, 'node_modules'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('supabase/functions/echo/index.ts', ECHO);
  write('supabase/functions/broken/index.ts', "throw new Error('broken at import');\n");
  write('supabase/functions/_shared/util.ts', 'export const x = 1;\n');
  write('supabase/functions/no-entry/README.md', 'not a function\n');
  const ports = await freePorts();
  config = {
    ...getStack(),
    rootDir: root,
    dataDir: path.join(root, '.data'),
    ports: { ...getStack().ports, functions: ports.functions },
    cronSecret: 'cron-secret-for-host-test',
  };
  host = await startFunctions(config, { log: (line) => logLines.push(line) });
  base = `http://127.0.0.1:${config.ports.functions}`;
});

afterAll(async () => {
  await host?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('functions host', () => {
  it('serves every folder with an index.ts except _shared', () => {
    expect(host.functions).toEqual(['broken', 'echo']);
  });

  it('routes /<name>/... to the function with method, path, query and the raw body unchanged', async () => {
    const body = Buffer.from('{"a": 1,\n  "é": "ü"}\u0000\xff', 'latin1');
    const res = await fetch(`${base}/echo/sub/path?x=1`, {
      method: 'PUT',
      headers: { 'stripe-signature': 't=1,v1=abc', 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as Record<string, unknown>;
    expect(answer).toMatchObject({ method: 'PUT', path: '/echo/sub/path', query: '?x=1', signature: 't=1,v1=abc' });
    expect(answer.bodyHex).toBe(body.toString('hex'));
  });

  it('gives functions the environment Supabase gives them, with the local Stripe stand-in', async () => {
    const answer = (await (await fetch(`${base}/echo`)).json()) as { env: Record<string, string | null> };
    expect(answer.env).toEqual({
      SUPABASE_URL: config.apiUrl,
      SUPABASE_ANON_KEY: config.anonKey,
      SUPABASE_SERVICE_ROLE_KEY: config.serviceRoleKey,
      SUPABASE_DB_URL: config.dbUrl,
      STRIPE_WEBHOOK_SECRET: config.stripe.webhookSecret,
      STRIPE_SECRET_KEY: null,
      STRIPE_API_BASE: `http://127.0.0.1:${config.ports.checkout}`,
      CRON_SECRET: 'cron-secret-for-host-test',
      SMTP_HOST: config.smtp.host,
      SMTP_PORT: String(config.smtp.port),
      SITE_URL: config.siteUrl,
    });
  });

  it('answers 404 NOT_FOUND for an unknown function, _shared and folders without index.ts', async () => {
    for (const name of ['nope', '_shared', 'no-entry']) {
      const res = await fetch(`${base}/${name}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ code: 'NOT_FOUND', message: 'Requested function was not found' });
    }
  });

  it('answers 503 BOOT_ERROR for a function that fails to start, and logs why', async () => {
    const res = await fetch(`${base}/broken`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { code: string }).code).toBe('BOOT_ERROR');
    expect(logLines.join('\n')).toContain('broken at import');
    await expect(host.ready()).rejects.toThrow(/broken/);
  });

  it('boots a crashed function again on the next request', async () => {
    const crash = await fetch(`${base}/echo/crash`).catch(() => undefined);
    expect(crash === undefined || crash.status >= 500).toBe(true);
    const again = await fetch(`${base}/echo/after-crash`);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { path: string }).path).toBe('/echo/after-crash');
  });

  it('stops every Deno process it started, and its router', async () => {
    const extra = await startFunctions(
      { ...config, ports: { ...config.ports, functions: (await freePorts()).functions } },
      { log: () => {} },
    );
    await extra.ready().catch(() => undefined);
    expect((await fetch(`${extra.url}/echo`)).status).toBe(200);
    const pids = extra.processIds();
    expect(pids.length).toBeGreaterThanOrEqual(1);
    await extra.stop();
    expect(pids.filter(alive)).toEqual([]);
    expect(await fetch(`${extra.url}/echo`).catch((error: Error) => error)).toBeInstanceOf(Error);
  });

  it('leaves no function running when the host process is killed outright (SIGKILL)', async () => {
    const script = path.join(root, 'host-process.mts');
    const ports = await freePorts();
    const hostConfig = { ...config, ports: { ...config.ports, functions: ports.functions } };
    fs.writeFileSync(
      script,
      `import { startFunctions } from ${JSON.stringify(path.join(__dirname, 'index.ts'))};\n` +
        `const host = await startFunctions(${JSON.stringify(hostConfig)}, { log: () => {} });\n` +
        `await host.ready().catch(() => undefined);\n` +
        `console.log(JSON.stringify(host.processIds()));\n` +
        `setInterval(() => {}, 1 << 30);\n`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: getStack().rootDir, stdio: ['ignore', 'pipe', 'inherit'] });
    const pids = await new Promise<number[]>((resolve, reject) => {
      child.stdout!.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString()) as number[]));
      child.once('exit', (code) => reject(new Error(`host process exited early (${code})`)));
    });
    expect(pids.length).toBeGreaterThanOrEqual(1);
    expect(pids.every(alive)).toBe(true);
    child.kill('SIGKILL');
    await vi.waitFor(() => expect(pids.filter(alive)).toEqual([]), { timeout: 5_000, interval: 100 });
  }, 30_000);
});
