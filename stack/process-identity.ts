/**
 * Who a process id belongs to, from /proc: its command line and its start time (clock ticks after
 * boot). Together they tell "the process we recorded" from "an unrelated process that got the
 * same pid later", which a bare `kill(pid, 0)` cannot.
 */
import { readFileSync } from 'node:fs';

export interface ProcessIdentity {
  pid: number;
  /** Field 22 of /proc/<pid>/stat: fixed for the life of the process, survives exec. */
  startTime: string;
  /** /proc/<pid>/cmdline split on NUL. */
  cmdline: string[];
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

export function processStartTime(pid: number): string | undefined {
  const stat = readProc(pid, 'stat');
  if (stat === undefined) return undefined;
  // The command name (field 2) is in parentheses and may contain spaces: count after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19];
}

export function processCommandLine(pid: number): string[] | undefined {
  const raw = readProc(pid, 'cmdline');
  if (raw === undefined) return undefined;
  return raw.split('\0').filter((part, index, all) => part !== '' || index < all.length - 1);
}

export function identify(pid: number): ProcessIdentity | undefined {
  const startTime = processStartTime(pid);
  const cmdline = processCommandLine(pid);
  if (startTime === undefined || cmdline === undefined) return undefined;
  return { pid, startTime, cmdline };
}

/** True while the recorded process itself (not a later one with its pid) is alive. */
export function isSameProcess(record: ProcessIdentity): boolean {
  const now = identify(record.pid);
  return (
    now !== undefined &&
    now.startTime === record.startTime &&
    now.cmdline.length === record.cmdline.length &&
    now.cmdline.every((part, i) => part === record.cmdline[i])
  );
}

/** Parses a record written by JSON.stringify(identity); undefined for anything else. */
export function parseIdentity(text: string): ProcessIdentity | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, startTime, cmdline } = value as Record<string, unknown>;
    if (!Number.isInteger(pid) || typeof startTime !== 'string' || !Array.isArray(cmdline)) return undefined;
    if (!cmdline.every((part) => typeof part === 'string')) return undefined;
    return { pid: pid as number, startTime, cmdline: cmdline as string[] };
  } catch {
    return undefined;
  }
}
