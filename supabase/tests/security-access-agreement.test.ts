/**
 * The UI's access table (src/access/accessRules.ts, what menus, buttons and routes offer) agrees
 * with the database. The role matrix (security/role-matrix.ts) is what PostgREST answers, cell by
 * cell (security-role-matrix.test.ts tries each one for real); this test holds the UI table to it:
 *   list / show  <=> the role reads the table's row      delete <=> the role deletes it
 *   create       <=> the role inserts it, or a listed function does it for them (THROUGH_FUNCTIONS)
 *   edit         <=> the role updates it,  or a listed function does it for them
 * So a policy change that the UI does not follow (or the reverse) fails here or in the matrix,
 * however the policy is written. The function paths must exist in the database or as an Edge Function.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../stack/config';
import { sql } from '../../stack/testing/context';
import { ACCESS_RULES, canRoleAccess, type ResourceName } from '../../src/access/accessRules';
import { AGENT_ROLES, type AgentRole } from '../../src/access/roles';
import { ROLE_MATRIX, parseLine, type Action as DbAction } from './security/role-matrix';
import type { PrincipalKey } from './fixtures/world';

const PRINCIPAL_OF: Record<AgentRole, PrincipalKey> = { AGENT: 'agent', REVIEWER: 'reviewer', MANAGER: 'manager', ADMIN: 'admin' };

type UiAction = 'show' | 'create' | 'edit' | 'delete';
const DB_ACTION: Record<UiAction, DbAction> = { show: 'select', create: 'insert', edit: 'update', delete: 'delete' };

/** UI actions the database allows only through a function: `rpc:<sql function>` or `fn:<edge function>`. */
const THROUGH_FUNCTIONS: Partial<Record<ResourceName, Partial<Record<UiAction, { roles: AgentRole[]; via: string }>>>> = {
  payment_links: { create: { roles: ['AGENT', 'ADMIN'], via: 'fn:payment-links' } },
  dossiers: { edit: { roles: ['MANAGER', 'ADMIN'], via: 'rpc:change_dossier_status' } },
  // The matrix's update is the status, which only review_document_version sets.
  documents: { edit: { roles: ['ADMIN'], via: 'rpc:review_document_version' } },
  document_reviews: { create: { roles: ['REVIEWER', 'ADMIN'], via: 'rpc:review_document_version' } },
  agents: {
    create: { roles: ['ADMIN'], via: 'fn:team' },
    edit: { roles: ['ADMIN'], via: 'rpc:change_agent_role' },
    // Every agent reads their own row and the directory of names (view agent_directory); the
    // matrix's select is the agent's row, which a reviewer or a manager does not read.
    show: { roles: ['REVIEWER', 'MANAGER'], via: 'view:agent_directory' },
  },
};

const tables = (Object.keys(ACCESS_RULES) as ResourceName[]).filter((r) => r !== 'dashboard');

describe('the UI access table agrees with the database role matrix', () => {
  it('covers tables of the matrix only (dashboard aside)', () => {
    expect(tables.filter((t) => !ROLE_MATRIX[t])).toEqual([]);
  });

  for (const table of tables) {
    for (const role of AGENT_ROLES) {
      it(`${role} on ${table}`, () => {
        const matrix = ROLE_MATRIX[table]!;
        const disagreements: string[] = [];
        for (const action of Object.keys(DB_ACTION) as UiAction[]) {
          const dbAllows = parseLine(matrix[DB_ACTION[action]])[PRINCIPAL_OF[role]];
          const viaFunction = THROUGH_FUNCTIONS[table]?.[action]?.roles.includes(role) ?? false;
          const uiAllows = canRoleAccess(role, table, action);
          if (uiAllows !== (dbAllows || viaFunction)) {
            disagreements.push(
              `${action}: UI ${uiAllows ? 'allows' : 'refuses'}, database ${dbAllows ? 'allows' : 'refuses'}${viaFunction ? ' (function path listed)' : ''}`,
            );
          }
          if (viaFunction && dbAllows) disagreements.push(`${action}: listed as through a function but allowed directly`);
        }
        expect(disagreements).toEqual([]);
      });
    }
  }

  it('the function paths it relies on exist', async () => {
    const missing: string[] = [];
    for (const actions of Object.values(THROUGH_FUNCTIONS)) {
      for (const { via } of Object.values(actions)) {
        const [kind, name] = via.split(':') as [string, string];
        if (kind === 'fn' && !existsSync(path.join(ROOT_DIR, 'supabase', 'functions', name, 'index.ts'))) missing.push(via);
        if (
          kind === 'rpc' &&
          (await sql(`select 1 from pg_proc where pronamespace = 'public'::regnamespace and proname = $1`, [name])).length === 0
        )
          missing.push(via);
        if (
          kind === 'view' &&
          (await sql(`select 1 from pg_class where relnamespace = 'public'::regnamespace and relname = $1 and relkind = 'v'`, [name]))
            .length === 0
        )
          missing.push(via);
      }
    }
    expect(missing).toEqual([]);
  });
});
