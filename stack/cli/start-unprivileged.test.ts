/**
 * `npm start` as an unprivileged user (the common developer case; CI and this machine run as root).
 * Runs only as root, which can create the throwaway system user and start the stack as it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { portEnv, ROOT_DIR } from '../config';
import { freePorts } from '../testing/free-ports';
import { grantSearchAbove } from '../search-permission';

const USER = 'partners-dev';
const isRoot = process.getuid?.() === 0;

function ensureUser(): { uid: number; gid: number } {
  try {
    execFileSync('id', ['-u', USER], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', USER]);
  }
  const id = (flag: string) => Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

describe.runIf(isRoot)('npm start as an unprivileged user', () => {
  it('starts, serves the API and stops everything on Ctrl-C', async () => {
    const { uid, gid } = ensureUser();
    // The user walks down to the checkout (its files are world-readable, its folders may not be).
    grantSearchAbove(path.join(ROOT_DIR, 'package.json'));
    const home = mkdtempSync(path.join(os.tmpdir(), 'unprivileged-'));
    chmodSync(home, 0o755);
    chownSync(home, uid, gid);
    const dataDir = path.join(home, 'data');
    const ports = await freePorts();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: home,
      STACK_DATA_DIR: dataDir,
      DENO_DIR: path.join(home, 'deno'),
      ...portEnv(ports),
    };
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'stack/cli/start.ts'), '--no-spa'], {
      cwd: ROOT_DIR,
      env,
      uid,
      gid,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const deadline = Date.now() + 90_000;
      while (!output.includes('Ready in') && child.exitCode === null && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(output).toContain('Ready in');
      const health = await fetch(`http://127.0.0.1:${ports.gateway}/auth/v1/health`);
      expect(health.status).toBe(200);
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      // Children end right after the supervisor (at most a moment later).
      const leftRunning = () => {
        try {
          return execFileSync('ps', ['-u', USER, '-o', 'pid=,args='], { encoding: 'utf8' }).trim();
        } catch {
          return ''; // ps exits 1 when the user has no process
        }
      };
      let left = leftRunning();
      for (let i = 0; i < 50 && left; i++) {
        await new Promise((r) => setTimeout(r, 100));
        left = leftRunning();
      }
      expect(left, 'processes of the unprivileged user left running').toBe('');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);
});
