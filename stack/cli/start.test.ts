/**
 * The `npm start` lifecycle, run as a real process on free ports with its own data folder:
 * ready line, restart keeps data, a second start refuses, Ctrl-C leaves nothing running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, chmodSync, rmSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portEnv, ROOT_DIR, type StackPorts } from '../config';
import { freePorts } from '../testing/free-ports';
import { sql } from '../testing/context';

let dataDir: string;
let ports: StackPorts;
let env: NodeJS.ProcessEnv;
const running = new Set<ChildProcess>();

function startCli(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'stack/cli/start.ts'), '--no-spa'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return { child, output: () => text, exited };
}

async function waitFor(predicate: () => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

const pidAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const dbUrl = () => `postgresql://postgres:postgres@127.0.0.1:${ports.db}/postgres`;

describe('npm start lifecycle', () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'lifecycle-'));
    chmodSync(dataDir, 0o755);
    ports = await freePorts();
    env = { ...process.env, STACK_DATA_DIR: dataDir, ...portEnv(ports) };
  });
  afterAll(async () => {
    for (const child of running) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, refuses a second start, stops everything on SIGINT, and keeps data across restarts', async () => {
    const first = startCli();
    await waitFor(() => first.output().includes('Ready in'), 'the ready line');
    expect(first.output()).toContain(`http://127.0.0.1:${ports.gateway}`);
    expect(first.output()).toContain('admin@example.com');
    const postgresPid = Number(readFileSync(path.join(dataDir, 'db', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(pidAlive(postgresPid)).toBe(true);
    await sql('create table public.lifecycle_probe (note text); insert into lifecycle_probe values ($$kept$$)', [], dbUrl()).catch(
      async () => {
        await sql('create table public.lifecycle_probe (note text)', [], dbUrl());
        await sql("insert into public.lifecycle_probe values ('kept')", [], dbUrl());
      },
    );

    const second = startCli();
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/already running/);
    expect(await sql('select note from public.lifecycle_probe', [], dbUrl())).toEqual([{ note: 'kept' }]);

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(130);
    expect(pidAlive(postgresPid)).toBe(false);
    for (const port of [ports.gateway, ports.db, ports.postgrest, ports.auth, ports.mailSmtp, ports.functions]) {
      expect(await portOpen(port), `port ${port} closed`).toBe(false);
    }
    expect(existsSync(path.join(dataDir, 'stack.pid'))).toBe(false);

    const restarted = startCli();
    await waitFor(() => restarted.output().includes('Ready in'), 'the ready line after restart');
    expect(restarted.output()).not.toContain('new database');
    expect(await sql('select note from public.lifecycle_probe', [], dbUrl())).toEqual([{ note: 'kept' }]);
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(143);
    expect(await portOpen(ports.db)).toBe(false);
  }, 180_000);

  it('stops what it started when start-up fails half-way', async () => {
    // A port already taken by something else makes the gateway, the last service, fail.
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(ports.gateway, '127.0.0.1', () => r()));
    try {
      const failing = startCli();
      expect(await failing.exited).toBe(1);
      expect(failing.output()).toMatch(/Start-up failed.*EADDRINUSE/s);
      for (const port of [ports.db, ports.postgrest, ports.auth]) {
        expect(await portOpen(port), `port ${port} closed`).toBe(false);
      }
      expect(existsSync(path.join(dataDir, 'stack.pid'))).toBe(false);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  }, 120_000);
});
