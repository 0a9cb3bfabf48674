/** Every migration is clean under squawk, the PostgreSQL migration linter (config: .squawk.toml). */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../stack/config';

describe('squawk', () => {
  it('finds nothing in supabase/migrations', () => {
    const dir = path.join(ROOT_DIR, 'supabase', 'migrations');
    const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).map((f) => path.join(dir, f));
    let output = '';
    let status = 0;
    try {
      output = execFileSync(path.join(ROOT_DIR, 'node_modules', '.bin', 'squawk'), ['--reporter', 'gcc', ...files], {
        cwd: ROOT_DIR,
        encoding: 'utf8',
      });
    } catch (error) {
      const failure = error as { status: number; stdout: string; stderr: string };
      status = failure.status;
      output = failure.stdout + failure.stderr;
    }
    expect(output.trim().split('\n').filter((l) => l.includes('.sql:')), 'squawk findings').toEqual([]);
    expect(status).toBe(0);
  });
});
