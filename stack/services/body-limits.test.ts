/**
 * Bounded request bodies (issue 10, "Bodies"): an unauthenticated 300 MB POST, streamed, to
 * /functions/v1/... and /rest/v1/... through the gateway, and straight to the functions host, is
 * refused with 413 while it streams, and neither the process serving the gateway and the functions
 * host nor the function's Deno process grows by more than a few megabytes.
 *
 * The gateway and the functions host run in a child process of their own (as in `npm start`, where
 * they share the stack's process), so that its RSS is theirs alone; the function is a sink that
 * buffers whatever body it is given, as the webhook does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StackConfig } from '../config';
import { getStack } from '../testing/context';
import { bigPost } from '../testing/big-post';
import { freePorts } from '../testing/free-ports';
import { sampleRss, rssOf } from '../testing/rss';
import { BODY_LIMITS } from './body-limits';
import { MiB } from './http';

const ATTACK_BYTES = 300 * MiB;
/** Allowed RSS growth: each refused body may be held up to its limit (10 MiB) plus buffers. */
const MAX_GROWTH = 48 * MiB;

const SINK = `
Deno.serve(async (req) => {
  const body = new Uint8Array(await req.arrayBuffer());
  return Response.json({ received: body.length });
});
`;

let root: string;
let child: ChildProcess;
let hostPid: number;
let denoPid: number;
let ports: { gateway: number; functions: number };

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'body-limits-'));
  fs.symlinkSync(path.join(getStack().rootDir, 'node_modules'), path.join(root, 'node_modules'));
  fs.mkdirSync(path.join(root, 'supabase/functions/sink'), { recursive: true });
  fs.writeFileSync(path.join(root, 'supabase/functions/sink/index.ts'), SINK);
  const free = await freePorts();
  ports = { gateway: free.gateway, functions: free.functions };
  const config: StackConfig = {
    ...getStack(),
    rootDir: root,
    dataDir: path.join(root, '.data'),
    ports: { ...getStack().ports, ...ports },
    apiUrl: `http://127.0.0.1:${ports.gateway}`,
  };
  const script = path.join(root, 'gateway-and-functions.mts');
  fs.writeFileSync(
    script,
    `import { startFunctions } from ${JSON.stringify(path.join(__dirname, 'functions/index.ts'))};\n` +
      `import { startGateway } from ${JSON.stringify(path.join(__dirname, 'gateway.ts'))};\n` +
      `const config = ${JSON.stringify(config)};\n` +
      `const functions = await startFunctions(config, { log: () => {} });\n` +
      `await functions.ready();\n` +
      `await startGateway(config);\n` +
      `console.log(JSON.stringify(functions.processIds()));\n` +
      `setInterval(() => {}, 1 << 30);\n`,
  );
  child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: getStack().rootDir, stdio: ['ignore', 'pipe', 'inherit'] });
  const pids = await new Promise<number[]>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString()) as number[]));
    child.once('exit', (code) => reject(new Error(`gateway and functions process exited early (${code})`)));
  });
  hostPid = child.pid!;
  denoPid = pids[0]!;
  // Warm both processes up (first request, JIT) so that the baseline is their steady state.
  for (let i = 0; i < 3; i++) await fetch(`http://127.0.0.1:${ports.gateway}/functions/v1/sink`, { method: 'POST', body: 'warm-up' });
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(root, { recursive: true, force: true });
});

/** Runs `attack` while sampling the RSS of the host and Deno processes; returns the peak growth. */
async function growthDuring<T>(attack: () => Promise<T>): Promise<{ result: T; host: number; deno: number }> {
  const before = { host: rssOf(hostPid)!, deno: rssOf(denoPid)! };
  const sampler = sampleRss([hostPid, denoPid]);
  const result = await attack();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const peak = sampler.stop();
  return { result, host: peak.get(hostPid)! - before.host, deno: peak.get(denoPid)! - before.deno };
}

const mb = (bytes: number) => `${(bytes / MiB).toFixed(1)} MB`;

describe('request body limits', () => {
  it('passes a body under the limit to the function whole', async () => {
    const bytes = BODY_LIMITS.functions - MiB;
    const result = await bigPost({ port: ports.gateway, path: '/functions/v1/sink', bytes });
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body!)).toEqual({ received: bytes });
  });

  it.each([
    ['streamed (chunked)', false],
    ['with its Content-Length declared', true],
  ])('refuses 300 MB to /functions/v1 at the gateway, %s, with 413 and no memory growth', async (_how, declareLength) => {
    const { result, host, deno } = await growthDuring(() =>
      bigPost({ port: ports.gateway, path: '/functions/v1/sink', bytes: ATTACK_BYTES, declareLength }),
    );
    console.log(
      `gateway /functions/v1 (${declareLength ? 'Content-Length' : 'chunked'}): ${result.status ?? result.error}, ` +
        `${mb(result.sent)} sent before the answer; RSS growth: stack process ${mb(host)}, Deno ${mb(deno)}`,
    );
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body!)).toEqual({ message: 'Request size limit exceeded', limit: BODY_LIMITS.functions });
    expect(result.sent).toBeLessThan(ATTACK_BYTES);
    expect(host).toBeLessThan(MAX_GROWTH);
    expect(deno).toBeLessThan(MAX_GROWTH);
  });

  it('refuses 300 MB streamed to /rest/v1 with the anon key at the gateway, with 413 and no memory growth', async () => {
    const { result, host } = await growthDuring(() =>
      bigPost({ port: ports.gateway, path: '/rest/v1/rpc/anything', bytes: ATTACK_BYTES, headers: { apikey: getStack().anonKey } }),
    );
    console.log(`gateway /rest/v1 (chunked): ${result.status}, ${mb(result.sent)} sent; RSS growth: stack process ${mb(host)}`);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body!)).toEqual({ message: 'Request size limit exceeded', limit: BODY_LIMITS.rest });
    expect(host).toBeLessThan(MAX_GROWTH);
  });

  it('refuses 300 MB streamed straight to the functions host with 413 PAYLOAD_TOO_LARGE, before the function sees it', async () => {
    const { result, host, deno } = await growthDuring(() => bigPost({ port: ports.functions, path: '/sink', bytes: ATTACK_BYTES }));
    console.log(`functions host (chunked): ${result.status}, ${mb(result.sent)} sent; RSS growth: host ${mb(host)}, Deno ${mb(deno)}`);
    expect(host).toBeLessThan(MAX_GROWTH);
    expect(deno).toBeLessThan(MAX_GROWTH);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body!)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('still serves the next request on both processes', async () => {
    const response = await fetch(`http://127.0.0.1:${ports.gateway}/functions/v1/sink`, { method: 'POST', body: 'after' });
    expect(await response.json()).toEqual({ received: 5 });
  });
});
