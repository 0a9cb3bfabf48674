import type { SupabaseClient } from '@supabase/supabase-js';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { supabaseAuthProvider } from 'ra-supabase';
import { canRoleAccess } from '../access/accessRules';
import type { AgentRole } from '../access/roles';
import { createCurrentAgentSource, type CurrentAgentSource } from './currentAgent';

/** What the app bar and the no-access gate read through useGetIdentity(). */
export interface BackOfficeIdentity extends UserIdentity {
  id: string;
  fullName: string;
  email: string | null;
  /** null for a customer, an inactive agent or anyone without an agents row. */
  role: AgentRole | null;
}

export const hasBackOfficeAccess = (identity: UserIdentity | undefined | null): boolean =>
  !!identity && typeof identity.role === 'string' && identity.role !== '';

interface ErrorLike {
  status?: number;
  body?: { code?: string } | null;
}

/**
 * Only an invalid or expired session logs the user out. PostgREST answers 403 (code 42501)
 * when row-level security refuses a signed-in user: that is a refusal to show, not a logout.
 */
export const isSessionError = (error: unknown): boolean => {
  const e = (error ?? {}) as ErrorLike & { name?: string };
  if (e.status === 401) return true;
  if (e.status === 400 && e.name === 'AuthSessionMissingError') return true;
  const code = e.body?.code;
  return code === 'PGRST301' || code === 'PGRST302' || code === 'PGRST303';
};

export const createAuthProvider = (
  client: SupabaseClient,
  { agents = createCurrentAgentSource(client) }: { agents?: CurrentAgentSource } = {},
) => {
  const base = supabaseAuthProvider(client, {
    getIdentity: async (user): Promise<BackOfficeIdentity> => {
      agents.clear(); // the identity is read on page load and after sign-in: always fresh
      const agent = await agents.getActive();
      return {
        id: user.id,
        fullName: agent?.fullName ?? user.email ?? user.id,
        email: agent?.email ?? user.email ?? null,
        role: agent?.role ?? null,
      };
    },
  });

  const authProvider = {
    ...base,
    async login(params) {
      agents.clear();
      return base.login(params);
    },
    async logout(params) {
      agents.clear();
      return base.logout(params);
    },
    async checkError(error) {
      if (isSessionError(error)) throw error;
    },
    async getPermissions() {
      const agent = await agents.getActive();
      return agent?.role ?? null;
    },
    async canAccess({ resource, action }) {
      const agent = await agents.getActive();
      return canRoleAccess(agent?.role, resource, action);
    },
  } satisfies AuthProvider;

  return authProvider;
};
