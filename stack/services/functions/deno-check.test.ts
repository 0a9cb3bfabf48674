/**
 * Every Edge Function type-checks with `deno check` as on Supabase's runtime, and each import map
 * pins the npm versions installed in node_modules (which the local host resolves them from).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../config';
import { denoBinary, discoverFunctions } from './discover';

const run = promisify(execFile);
const functions = discoverFunctions(ROOT_DIR);

describe('Edge Functions source', () => {
  it('has the payment functions', () => {
    expect(functions.map((fn) => fn.name)).toEqual(
      expect.arrayContaining(['payment-links', 'payment-reminders', 'refunds', 'stripe-webhook', 'team']),
    );
  });

  it.each(functions.map((fn) => [fn.name, fn] as const))('%s passes deno check', async (_name, fn) => {
    const result = await run(
      denoBinary(ROOT_DIR),
      ['check', '--quiet', '--no-lock', '--node-modules-dir=manual', ...(fn.config ? ['--config', fn.config] : []), fn.entry],
      { cwd: fn.dir, env: { ...process.env, NO_COLOR: '1' } },
    ).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: `FAILED\n${error.stderr ?? ''}` }));
    expect(result.stderr).not.toContain('FAILED');
  }, 120_000);

  it.each(functions.map((fn) => [fn.name, fn] as const))('%s pins the npm versions of node_modules', (_name, fn) => {
    expect(fn.config).toBeDefined();
    const imports = (JSON.parse(fs.readFileSync(fn.config!, 'utf8')) as { imports: Record<string, string> }).imports;
    for (const specifier of Object.values(imports)) {
      const match = /^npm:(@?[^@]+)@(.+)$/.exec(specifier);
      expect(match, specifier).not.toBeNull();
      const installed = JSON.parse(
        fs.readFileSync(path.join(ROOT_DIR, 'node_modules', match![1]!, 'package.json'), 'utf8'),
      ) as { version: string };
      expect(`${match![1]}@${installed.version}`).toBe(`${match![1]}@${match![2]}`);
    }
  });
});
