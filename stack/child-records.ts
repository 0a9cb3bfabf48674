/**
 * Pid records of the stack's child processes, one file per service in <dataDir>/run/. A run that
 * ends normally removes them; after a crash the next `npm start` reads them and stops whatever is
 * still that very process (same pid, start time and command line), instead of starting beside it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isSameProcess, parseIdentity, processStartTime, type ProcessIdentity } from './process-identity';
import type { Logger } from './log';

export interface ChildRecord {
  /** The service name, also the file name. */
  name: string;
  /** The process as it runs once started: pid, start time, the command line it executes. */
  process: ProcessIdentity;
  /** The signal that stops it cleanly (PostgreSQL: SIGINT, its fast shutdown). */
  stopSignal: NodeJS.Signals;
}

const recordsDir = (dataDir: string) => path.join(dataDir, 'run');
const recordFile = (dataDir: string, name: string) => path.join(recordsDir(dataDir), `${name}.json`);

/** Records a just-spawned child; `argv` is what it will run (after any wrapper has exec'd it). */
export function recordChild(dataDir: string, name: string, pid: number, argv: string[], stopSignal: NodeJS.Signals): void {
  const startTime = processStartTime(pid);
  if (startTime === undefined) return; // already gone: nothing to find later
  mkdirSync(recordsDir(dataDir), { recursive: true });
  const record: ChildRecord = { name, process: { pid, startTime, cmdline: argv }, stopSignal };
  writeFileSync(recordFile(dataDir, name), JSON.stringify(record));
}

/** Forgets a child that has ended, unless the record is already another process's (a restart). */
export function forgetChild(dataDir: string, name: string, pid: number): void {
  const record = readRecord(recordFile(dataDir, name));
  if (record?.process.pid === pid) rmSync(recordFile(dataDir, name), { force: true });
}

function readRecord(file: string): ChildRecord | undefined {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<ChildRecord>;
    const identity = parseIdentity(JSON.stringify(value.process));
    if (!identity || typeof value.name !== 'string' || typeof value.stopSignal !== 'string') return undefined;
    return { name: value.name, process: identity, stopSignal: value.stopSignal };
  } catch {
    return undefined;
  }
}

async function waitGone(record: ProcessIdentity, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isSameProcess(record)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** Stops a process we recorded or found: its stop signal, then SIGKILL after `graceMs`. */
export async function stopLeftover(identity: ProcessIdentity, stopSignal: NodeJS.Signals, graceMs = 15_000): Promise<void> {
  const send = (signal: NodeJS.Signals) => {
    try {
      process.kill(identity.pid, signal);
    } catch {
      // ended meanwhile
    }
  };
  send(stopSignal);
  if (await waitGone(identity, graceMs)) return;
  send('SIGKILL');
  await waitGone(identity, 5_000);
}

/** Stops every recorded child of a previous run that is still running; returns their names. */
export async function stopLeftoverChildren(dataDir: string, log: Logger): Promise<string[]> {
  let files: string[];
  try {
    files = readdirSync(recordsDir(dataDir)).filter((file) => file.endsWith('.json'));
  } catch {
    return [];
  }
  const stopped: string[] = [];
  await Promise.all(
    files.map(async (file) => {
      const full = path.join(recordsDir(dataDir), file);
      const record = readRecord(full);
      if (record && isSameProcess(record.process)) {
        log.info(`stopping ${record.name} (pid ${record.process.pid}), left running by a previous run that did not stop cleanly`);
        await stopLeftover(record.process, record.stopSignal);
        stopped.push(record.name);
      }
      rmSync(full, { force: true });
    }),
  );
  return stopped;
}
