/**
 * Supabase database advisor (splinter) lints, as SQL (security/splinter-lints.ts), against the
 * fully migrated test database: every lint must have zero findings.
 */
import { describe, expect, it } from 'vitest';
import { sql } from '../../stack/testing/context';
import { LINTS } from './security/splinter-lints';

describe('splinter lints on the migrated database', () => {
  for (const lint of LINTS) {
    it(`${lint.name}: no finding`, async () => {
      const findings = await sql<{ detail: string }>(lint.sql);
      expect(findings.map((f) => f.detail)).toEqual([]);
    });
  }

  it('detects what it should (a deliberately bad table, in a rolled-back transaction)', async () => {
    // The lint queries must be able to fail: create offending objects and look for them.
    const pg = await import('pg');
    const { getStack } = await import('../../stack/testing/context');
    const client = new pg.default.Client({ connectionString: getStack().dbUrl });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`
        create table public.lint_probe (id uuid primary key, agent_id uuid references public.agents (id));
        create policy lint_probe_all on public.lint_probe for update to authenticated using (true);
        create policy lint_probe_upd on public.lint_probe for update to authenticated using (auth.uid() = id);
        create table public.lint_probe_rls (id uuid primary key);
        alter table public.lint_probe_rls enable row level security;
        create policy lint_probe_rls_sel on public.lint_probe_rls for select to authenticated using (auth.uid() = id);
        create policy lint_probe_rls_del on public.lint_probe_rls for delete to authenticated using (true);
        create function public.lint_probe_fn() returns int language sql security definer as 'select 1';
        create view public.lint_probe_view as select id from public.lint_probe;
        grant select on public.lint_probe_view to authenticated;
        create index lint_probe_a on public.lint_probe (id);
        create index lint_probe_b on public.lint_probe (id);`);
      const found = new Map<string, string[]>();
      for (const lint of LINTS) {
        const { rows } = await client.query<{ detail: string }>(lint.sql);
        found.set(
          lint.name,
          rows.map((r) => r.detail).filter((d) => d.includes('lint_probe')),
        );
      }
      for (const name of [
        'rls_disabled_in_public',
        'policy_exists_rls_disabled',
        'security_definer_view',
        'function_search_path_mutable',
        'auth_rls_initplan',
        'multiple_permissive_policies',
        'duplicate_index',
        'rls_policy_always_true',
        'anon_security_definer_function_executable',
        'authenticated_security_definer_function_executable',
        'security_definer_function_in_exposed_schema',
        'unindexed_foreign_keys',
      ]) {
        expect(found.get(name)?.length ?? 0, name).toBeGreaterThan(0);
      }
    } finally {
      await client.query('rollback');
      await client.end();
    }
  });
});
