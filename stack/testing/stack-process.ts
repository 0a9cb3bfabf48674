/**
 * `npm start` as a real process for the lifecycle tests: its own data folder and free ports, its
 * output collected, every process of its tree remembered (sampled while it runs), so a test can
 * tell what is left after a kill and always kill what is left, also when the test fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo-accounts';
import { DEFAULT_ANON_KEY, portEnv, ROOT_DIR, type StackPorts } from '../config';
import { identify, isSameProcess, parseIdentity, type ProcessIdentity } from '../process-identity';
import { freePorts } from './free-ports';

export interface StackRun {
  dataDir: string;
  ports: StackPorts;
  env: NodeJS.ProcessEnv;
  /** Every process seen belonging to this run (tree of each start, and by data folder or port). */
  seen: Map<string, ProcessIdentity>;
  /** Every start of this run, for the clean-up. */
  clis: StartedCli[];
}

export interface StartedCli {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when the output contains `text` (rejects if the process ends first or after `timeoutMs`). */
  waitForOutput(text: string | RegExp, timeoutMs?: number): Promise<void>;
}

const key = (p: ProcessIdentity) => `${p.pid}:${p.startTime}`;

export async function prepareRun(): Promise<StackRun> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'supervise-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must enter it
  const ports = await freePorts();
  const env: NodeJS.ProcessEnv = { ...process.env, STACK_DATA_DIR: dataDir, ...portEnv(ports) };
  delete env.SITE_URL;
  delete env.STACK_VERBOSE;
  return { dataDir, ports, env, seen: new Map(), clis: [] };
}

function allPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

function parentOf(pid: number): number | undefined {
  try {
    const match = /^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function environ(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8');
  } catch {
    return '';
  }
}

/** Live processes of this run: below `root`, or naming its data folder or ports (orphans included). */
export function processesOf(run: StackRun, root?: number): ProcessIdentity[] {
  const pids = allPids();
  const parents = new Map(pids.map((pid) => [pid, parentOf(pid)]));
  const below = (pid: number) => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === root) return true;
    return false;
  };
  const markers = [run.dataDir, `127.0.0.1:${run.ports.gateway}`, `PGRST_SERVER_PORT=${run.ports.postgrest}`];
  const found: ProcessIdentity[] = [];
  for (const pid of pids) {
    if (pid === process.pid) continue;
    const identity = identify(pid);
    if (!identity || identity.cmdline.length === 0) continue; // gone, or a zombie
    const text = `${identity.cmdline.join(' ')}\n${environ(pid)}`;
    if ((root !== undefined && (pid === root || below(pid))) || markers.some((marker) => text.includes(marker))) {
      found.push(identity);
    }
  }
  return found;
}

/** Adds the run's current processes to `seen`; returns them. */
export function sample(run: StackRun, root?: number): ProcessIdentity[] {
  const now = processesOf(run, root);
  for (const p of now) run.seen.set(key(p), p);
  return now;
}

/** What is still running of everything ever seen for this run, plus anything naming it now. */
export function leftovers(run: StackRun): ProcessIdentity[] {
  sample(run);
  return [...run.seen.values()].filter(isSameProcess);
}

export async function waitForNoLeftovers(run: StackRun, timeoutMs: number): Promise<{ ms: number; left: ProcessIdentity[] }> {
  const started = Date.now();
  let left = leftovers(run);
  while (left.length > 0 && Date.now() - started < timeoutMs) {
    await new Promise((r) => setTimeout(r, 100));
    left = leftovers(run);
  }
  return { ms: Date.now() - started, left };
}

export const describeProcesses = (list: ProcessIdentity[]) => list.map((p) => `${p.pid} ${p.cmdline.join(' ').slice(0, 160)}`).join('\n');

/** Kills (SIGKILL) whatever is left of the run and removes its data folder: for afterEach/afterAll. */
export async function cleanUp(run: StackRun | undefined): Promise<void> {
  if (!run) return;
  // First as a user would (SIGTERM to the group), so PostgreSQL shuts down cleanly; then SIGKILL.
  for (const cli of run.clis) {
    if (cli.child.exitCode !== null || cli.child.signalCode !== null) continue;
    try {
      process.kill(-cli.child.pid!, 'SIGTERM');
    } catch {
      // gone meanwhile
    }
    await Promise.race([cli.exited, new Promise((r) => setTimeout(r, 20_000))]);
  }
  for (let round = 0; round < 20; round++) {
    const left = leftovers(run);
    if (left.length === 0) break;
    for (const p of left) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  rmSync(run.dataDir, { recursive: true, force: true });
}

export interface StartCliOptions {
  /** Through `npm start` as a user types it (default), or node directly. */
  via?: 'npm' | 'node';
  /** Extra environment (e.g. a PATH without setpriv). */
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts the stack without the SPA. The process leads its own process group (a terminal's
 * foreground job), so a test can send a signal to the whole group as Ctrl-C does.
 */
export function startCli(run: StackRun, options: StartCliOptions = {}): StartedCli {
  const script = path.join(ROOT_DIR, 'stack/cli/start.ts');
  const [command, args] =
    options.via === 'node' ? [process.execPath, ['--import', 'tsx', script, '--no-spa']] : ['npm', ['start', '--silent', '--', '--no-spa']];
  const child = spawn(command, args, {
    cwd: ROOT_DIR,
    env: { ...run.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  const sampler = setInterval(() => child.pid && sample(run, child.pid), 250);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      clearInterval(sampler);
      resolve({ code, signal });
    }),
  );
  const waitForOutput = async (wanted: string | RegExp, timeoutMs = 120_000) => {
    const deadline = Date.now() + timeoutMs;
    const found = () => (typeof wanted === 'string' ? text.includes(wanted) : wanted.test(text));
    while (!found()) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`npm start ended before printing ${String(wanted)}:\n${text}`);
      }
      if (Date.now() > deadline) throw new Error(`no ${String(wanted)} after ${timeoutMs} ms:\n${text}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const started = { child, output: () => text, exited, waitForOutput };
  run.clis.push(started);
  return started;
}

/** The supervisor's pid, from its lock file (under npm it is npm's child). */
export function supervisorPid(run: StackRun): number {
  const holder = parseIdentity(readFileSync(path.join(run.dataDir, 'stack.pid'), 'utf8'));
  if (!holder) throw new Error('no lock file');
  return holder.pid;
}

/** The pid a service's record names (stack/child-records.ts writes them). */
export function servicePid(run: StackRun, name: 'postgres' | 'postgrest'): number {
  const record = JSON.parse(readFileSync(path.join(run.dataDir, 'run', `${name}.json`), 'utf8')) as { process: { pid: number } };
  return record.process.pid;
}

export function postmasterPid(run: StackRun): number {
  return Number(readFileSync(path.join(run.dataDir, 'db', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

const api = (run: StackRun, route: string) => `http://127.0.0.1:${run.ports.gateway}${route}`;

/** Logs in as the demo admin through the gateway; the HTTP status and the access token. */
export async function login(run: StackRun): Promise<{ status: number; token?: string }> {
  try {
    const response = await fetch(api(run, '/auth/v1/token?grant_type=password'), {
      method: 'POST',
      headers: { apikey: DEFAULT_ANON_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_ACCOUNTS.admin, password: DEMO_PASSWORD }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string };
    return { status: response.status, token: body.access_token };
  } catch {
    return { status: 0 };
  }
}

/** A REST read through the gateway as that user; the HTTP status (0: no answer). */
export async function restStatus(run: StackRun, token: string): Promise<number> {
  try {
    const response = await fetch(api(run, '/rest/v1/products?select=id&limit=1'), {
      headers: { apikey: DEFAULT_ANON_KEY, authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(5000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Polls until `check` is true; the milliseconds it took (rejects after `timeoutMs`). */
export async function timeUntil(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
}
