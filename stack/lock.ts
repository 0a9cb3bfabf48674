/**
 * One running stack per data folder: a lock file that a second `npm start` finds. It records the
 * supervisor's pid, start time and command line, so a lock left by a crashed run whose pid now
 * belongs to an unrelated process is recognised as stale instead of "already running".
 */
import { readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { identify, isSameProcess, parseIdentity, processCommandLine } from './process-identity';

export class AlreadyRunningError extends Error {
  constructor(
    readonly pid: number,
    dataDir: string,
  ) {
    super(`The local stack is already running (pid ${pid}, data in ${dataDir}). Stop it with Ctrl-C first.`);
  }
}

export function lockFile(dataDir: string): string {
  return path.join(dataDir, 'stack.pid');
}

/** Lock files of older versions hold only a pid: theirs if that process runs our start script. */
function legacyOwner(text: string): number | undefined {
  const pid = Number(text.trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const cmdline = processCommandLine(pid);
  return cmdline?.some((part) => part.endsWith(path.join('stack', 'cli', 'start.ts'))) ? pid : undefined;
}

/** The pid of the supervisor holding the lock, if it is still that process. */
export function runningPid(dataDir: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(lockFile(dataDir), 'utf8');
  } catch {
    return undefined;
  }
  const holder = parseIdentity(text);
  if (!holder) return legacyOwner(text);
  return isSameProcess(holder) ? holder.pid : undefined;
}

/** Takes the lock or throws AlreadyRunningError; returns the release function. */
export function acquireLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const pid = runningPid(dataDir);
  if (pid !== undefined && pid !== process.pid) throw new AlreadyRunningError(pid, dataDir);
  const file = lockFile(dataDir);
  rmSync(file, { force: true });
  const self = identify(process.pid);
  if (!self) throw new Error('cannot read /proc/self: the local stack needs Linux /proc');
  writeFileSync(file, JSON.stringify(self), { flag: 'wx' });
  return () => {
    if (runningPid(dataDir) === process.pid) rmSync(file, { force: true });
  };
}
