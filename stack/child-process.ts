/**
 * Spawning and stopping the stack's child processes so that none outlives the supervisor:
 * - the kernel sends each child its stop signal when the supervisor dies, even by SIGKILL
 *   (PR_SET_PDEATHSIG, set by util-linux's `setpriv --pdeathsig` just before it execs the child);
 * - a normal exit of the supervisor (process.exit from anywhere) sends it too;
 * - each child is recorded under <dataDir>/run, so the next start stops it if all else failed.
 */
import { execFileSync, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import type { Logger } from './log';
import { forgetChild, recordChild } from './child-records';
import type { ServiceExit } from './services/types';

const children = new Map<ChildProcess, NodeJS.Signals>();

process.on('exit', () => {
  for (const [child, stopSignal] of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(stopSignal);
  }
});

let setprivPath: string | null | undefined;

/** `setpriv` from util-linux (2.33 or later has --pdeathsig), or null when this system lacks it. */
export function parentDeathWrapper(log?: Logger): string | null {
  if (setprivPath !== undefined) return setprivPath;
  setprivPath = null;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'setpriv');
    try {
      accessSync(candidate, constants.X_OK);
      if (execFileSync(candidate, ['--help'], { encoding: 'utf8' }).includes('--pdeathsig')) setprivPath = candidate;
      break;
    } catch {
      // not here
    }
  }
  if (setprivPath === null) {
    log?.error(
      'setpriv (util-linux 2.33 or later) was not found: if this process is killed, its services keep ' +
        'running until the next `npm start` stops them.',
    );
  }
  return setprivPath;
}

export interface ChildSpec {
  /** The service name: in messages and as the pid record's name. */
  name: string;
  command: string;
  args: string[];
  options: SpawnOptions;
  /** The signal that stops it cleanly, sent by stop(), at exit and when the supervisor dies. */
  stopSignal: NodeJS.Signals;
  /** The data folder whose run/ folder records it (a stack's services; a one-off tool may omit it). */
  dataDir?: string;
}

export interface ManagedChild {
  process: ChildProcess;
  /** Resolves when the process has exited (whatever the reason). */
  exited: Promise<ServiceExit>;
  /** The last lines it printed, for error messages. */
  recentOutput(): string;
  stop(timeoutMs?: number): Promise<void>;
}

const TAIL_LINES = 40;

export function spawnChild(spec: ChildSpec, log: Logger): ManagedChild {
  const setpriv = parentDeathWrapper(log);
  const [command, args] = setpriv
    ? [setpriv, [`--pdeathsig=${spec.stopSignal.replace(/^SIG/, '')}`, '--', spec.command, ...spec.args]]
    : [spec.command, spec.args];
  // Its own process group: a terminal's Ctrl-C reaches the supervisor only, which then stops the
  // services in order (PostgreSQL last) instead of every process dying at once.
  const child = spawn(command, args, { ...spec.options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.set(child, spec.stopSignal);
  const { dataDir } = spec;
  if (dataDir && child.pid !== undefined) recordChild(dataDir, spec.name, child.pid, [spec.command, ...spec.args], spec.stopSignal);
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    log.debug(text);
    lines.push(...text.split('\n').filter(Boolean));
    if (lines.length > TAIL_LINES) lines.splice(0, lines.length - TAIL_LINES);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const ended = () => {
    children.delete(child);
    if (dataDir && child.pid !== undefined) forgetChild(dataDir, spec.name, child.pid);
  };
  const exited = new Promise<ServiceExit>((resolve) => {
    child.on('exit', (code, signal) => {
      ended();
      resolve({ code, signal });
    });
    child.on('error', (error) => {
      lines.push(String(error));
      ended();
      resolve({ code: -1, signal: null });
    });
  });
  return {
    process: child,
    exited,
    recentOutput: () => lines.join('\n'),
    async stop(timeoutMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null || !children.has(child)) return;
      child.kill(spec.stopSignal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls until `check` resolves true, the child dies, or the time is up. */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  options: { timeoutMs?: number; child?: ManagedChild } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let died = false;
  options.child?.exited.then(() => (died = true));
  while (Date.now() < deadline) {
    if (died) throw new Error(`${what} exited during start-up:\n${options.child?.recentOutput() ?? ''}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  options.child?.process.kill('SIGKILL');
  throw new Error(`${what} was not ready after ${options.timeoutMs ?? 30_000} ms\n${options.child?.recentOutput() ?? ''}`);
}

export async function httpOk(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
  await response.arrayBuffer();
  return response.ok;
}
