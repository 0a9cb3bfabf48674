/**
 * Spawning and stopping the stack's child processes. Every child is registered so that a crash
 * of the supervisor (or process.exit from anywhere) still kills it: nothing is left running.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import type { Logger } from './log';

const children = new Set<ChildProcess>();

process.on('exit', () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});

export interface ManagedChild {
  process: ChildProcess;
  /** Resolves when the process has exited (whatever the reason). */
  exited: Promise<number | null>;
  /** The last lines it printed, for error messages. */
  recentOutput(): string;
  stop(timeoutMs?: number, signal?: NodeJS.Signals): Promise<void>;
}

export function spawnChild(command: string, args: string[], options: SpawnOptions, log: Logger): ManagedChild {
  // Its own process group: a terminal's Ctrl-C reaches the supervisor only, which then stops the
  // services in order (PostgreSQL last) instead of every process dying at once.
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.add(child);
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    log.debug(text);
    lines.push(...text.split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      children.delete(child);
      resolve(code);
    });
    child.on('error', (error) => {
      lines.push(String(error));
      children.delete(child);
      resolve(-1);
    });
  });
  return {
    process: child,
    exited,
    recentOutput: () => lines.join('\n'),
    async stop(timeoutMs = 5000, signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null || !children.has(child)) return;
      child.kill(signal);
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
  throw new Error(`${what} was not ready after ${options.timeoutMs ?? 30_000} ms\n${options.child?.recentOutput() ?? ''}`);
}

export async function httpOk(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
  await response.arrayBuffer();
  return response.ok;
}
