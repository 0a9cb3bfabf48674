/** The lock file: a live supervisor holds it; a crashed run's lock whose pid was reused does not. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlreadyRunningError, acquireLock, lockFile } from './lock';
import { identify } from './process-identity';

let dataDir: string;
const children: ChildProcess[] = [];

function live(args: string[] = ['-e', 'setTimeout(() => {}, 300_000)']): ChildProcess {
  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  children.push(child);
  return child;
}

async function identityOf(child: ChildProcess) {
  // Until exec has happened the command line is still ours.
  for (let i = 0; i < 100; i++) {
    const found = identify(child.pid!);
    if (found && found.cmdline[0] === process.execPath && found.cmdline.length > 1) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('child did not start');
}

beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'lock-'));
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('acquireLock', () => {
  it('records this process and releases the lock', () => {
    const release = acquireLock(dataDir);
    expect(JSON.parse(readFileSync(lockFile(dataDir), 'utf8'))).toEqual(identify(process.pid));
    release();
    expect(existsSync(lockFile(dataDir))).toBe(false);
  });

  it('refuses while the recorded process runs', async () => {
    const holder = await identityOf(live());
    writeFileSync(lockFile(dataDir), JSON.stringify(holder));
    expect(() => acquireLock(dataDir)).toThrow(AlreadyRunningError);
    expect(() => acquireLock(dataDir)).toThrow(`already running (pid ${holder.pid}`);
  });

  it('takes over a lock whose pid now belongs to another process (other start time or command line)', async () => {
    const other = await identityOf(live());
    writeFileSync(lockFile(dataDir), JSON.stringify({ ...other, startTime: '1' }));
    expect(() => acquireLock(dataDir)).not.toThrow();
    writeFileSync(lockFile(dataDir), JSON.stringify({ ...other, cmdline: ['node', 'stack/cli/start.ts'] }));
    expect(() => acquireLock(dataDir)).not.toThrow();
  });

  it('reads the bare pid of older lock files: stale unless that process runs the start script', async () => {
    const unrelated = await identityOf(live());
    writeFileSync(lockFile(dataDir), String(unrelated.pid));
    expect(() => acquireLock(dataDir)).not.toThrow();
    const olderStack = await identityOf(live(['-e', 'setTimeout(() => {}, 300_000)', '/repo/stack/cli/start.ts']));
    writeFileSync(lockFile(dataDir), String(olderStack.pid));
    expect(() => acquireLock(dataDir)).toThrow(AlreadyRunningError);
  });
});
