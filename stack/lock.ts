/** One running stack per data folder: a pid file that a second `npm start` finds. */
import { readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export class AlreadyRunningError extends Error {
  constructor(readonly pid: number, dataDir: string) {
    super(`The local stack is already running (pid ${pid}, data in ${dataDir}). Stop it with Ctrl-C first.`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockFile(dataDir: string): string {
  return path.join(dataDir, 'stack.pid');
}

export function runningPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockFile(dataDir), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock or throws AlreadyRunningError; returns the release function. */
export function acquireLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const pid = runningPid(dataDir);
  if (pid !== undefined && pid !== process.pid) throw new AlreadyRunningError(pid, dataDir);
  const file = lockFile(dataDir);
  rmSync(file, { force: true });
  writeFileSync(file, String(process.pid), { flag: 'wx' });
  return () => {
    if (runningPid(dataDir) === process.pid) rmSync(file, { force: true });
  };
}
