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
import { denoBinary, discoverFunctions, type EdgeFunctionSource } from './discover';

const run = promisify(execFile);
const functions = discoverFunctions(ROOT_DIR);

describe('Edge Functions source', () => {
  it('has the payment functions', () => {
    expect(functions.map((fn) => fn.name)).toEqual(
      expect.arrayContaining(['payment-links', 'payment-reminders', 'refunds', 'stripe-webhook', 'team']),
    );
  });

  // Functions with the same import map are checked in one `deno check` run (one type graph for
  // the shared npm packages: several times faster than one run per function on a busy machine).
  const groups = new Map<string, EdgeFunctionSource[]>();
  for (const fn of functions) {
    const key = fn.config ? fs.readFileSync(fn.config, 'utf8') : '';
    groups.set(key, [...(groups.get(key) ?? []), fn]);
  }
  it.each([...groups.values()].map((group) => [group.map((fn) => fn.name).join(', '), group] as const))(
    'deno check passes: %s',
    async (_names, group) => {
      const config = group[0]!.config;
      const result = await run(
        denoBinary(ROOT_DIR),
        [
          'check',
          '--quiet',
          '--no-lock',
          '--node-modules-dir=manual',
          ...(config ? ['--config', config] : []),
          ...group.map((fn) => fn.entry),
        ],
        { cwd: group[0]!.dir, env: { ...process.env, NO_COLOR: '1' } },
      ).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: `FAILED\n${error.stderr ?? ''}` }));
      expect(result.stderr).not.toContain('FAILED');
    },
    180_000,
  );

  it('deno check catches a type error (the check can fail)', async () => {
    const fn = functions[0]!;
    const broken = path.join(fn.dir, `.deno-check-probe-${process.pid}.ts`);
    fs.writeFileSync(broken, "import { json } from '../_shared/http.ts';\nconst n: number = json({});\nexport default n;\n");
    try {
      const failed = await run(
        denoBinary(ROOT_DIR),
        ['check', '--quiet', '--no-lock', '--node-modules-dir=manual', ...(fn.config ? ['--config', fn.config] : []), broken],
        { cwd: fn.dir, env: { ...process.env, NO_COLOR: '1' } },
      ).then(
        () => false,
        () => true,
      );
      expect(failed).toBe(true);
    } finally {
      fs.rmSync(broken, { force: true });
    }
  }, 120_000);

  it.each(functions.map((fn) => [fn.name, fn] as const))('%s pins the npm versions of node_modules', (_name, fn) => {
    expect(fn.config).toBeDefined();
    const imports = (JSON.parse(fs.readFileSync(fn.config!, 'utf8')) as { imports: Record<string, string> }).imports;
    for (const specifier of Object.values(imports)) {
      const match = /^npm:(@?[^@]+)@(.+)$/.exec(specifier);
      expect(match, specifier).not.toBeNull();
      const installed = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'node_modules', match![1]!, 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(`${match![1]}@${installed.version}`).toBe(`${match![1]}@${match![2]}`);
    }
  });
});
