import type { SupabaseClient } from '@supabase/supabase-js';
import type { QueryClient } from '@tanstack/react-query';
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

/** A refusal that may mean the user's role or account changed: the agent is read again. */
export const isAccessError = (error: unknown): boolean => {
  const status = (error as ErrorLike | null)?.status;
  return status === 401 || status === 403;
};

/** The auth service's answer to a deactivated (banned) user signing in. */
const isBannedError = (error: unknown): boolean => {
  const e = (error ?? {}) as { code?: unknown; message?: unknown };
  return e.code === 'user_banned' || /banned/i.test(String(e.message ?? ''));
};

/** Translation key of the sign-in refusal of a deactivated account (shown by the login page). */
export const DEACTIVATED_MESSAGE_KEY = 'app.identity.deactivated';

export const createAuthProvider = (
  client: SupabaseClient,
  {
    queryClient,
    agents = createCurrentAgentSource(client, { queryClient }),
  }: { queryClient?: QueryClient; agents?: CurrentAgentSource } = {},
) => {
  const base = supabaseAuthProvider(client, {
    getIdentity: async (user): Promise<BackOfficeIdentity> => {
      // the identity is read on page load, after sign-in and on a change: always fresh
      const agent = await agents.getActive({ fresh: true });
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
    /** The signed-in agent's source, for useLiveIdentity (the same react-query entry). */
    currentAgent: agents,
    async login(params) {
      agents.clear();
      try {
        return await base.login(params);
      } catch (error) {
        throw isBannedError(error) ? new Error(DEACTIVATED_MESSAGE_KEY) : error;
      }
    },
    async logout(params) {
      agents.clear();
      return base.logout(params);
    },
    async checkError(error) {
      // Any 401/403 may come from a role change or a deactivation: read the agent again.
      if (isAccessError(error)) void agents.invalidate();
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
