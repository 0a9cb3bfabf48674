import type { SupabaseClient } from '@supabase/supabase-js';
import { QueryClient } from '@tanstack/react-query';
import { isAgentRole, type AgentRole } from '../access/roles';

/** The signed-in back-office user, as the agents table describes them. */
export interface CurrentAgent {
  id: string;
  fullName: string;
  email: string | null;
  role: AgentRole;
  active: boolean;
}

/** Columns of public.agents read for the signed-in user (one place, see docs/database.md). */
export const AGENT_IDENTITY_COLUMNS = 'id, full_name, email, role, active';

interface AgentRow {
  id: string;
  full_name: string | null;
  email: string | null;
  role: string | null;
  active: boolean | null;
}

export const toCurrentAgent = (row: AgentRow | null | undefined): CurrentAgent | null => {
  if (!row || !isAgentRole(row.role)) return null;
  return {
    id: row.id,
    fullName: row.full_name?.trim() || row.email || row.id,
    email: row.email,
    role: row.role,
    active: row.active === true,
  };
};

/** Reads the agents row of a user, always from the database (row-level security applies). */
export const fetchAgent = async (client: SupabaseClient, userId: string): Promise<CurrentAgent | null> => {
  const { data, error } = await client.from('agents').select(AGENT_IDENTITY_COLUMNS).eq('id', userId).maybeSingle<AgentRow>();
  if (error) {
    // A customer may not even be allowed to read the agents directory: that means no access.
    if (error.code === '42501' || error.code === 'PGRST116') return null;
    throw new Error(error.message);
  }
  return toCurrentAgent(data);
};

/** The react-query key of the signed-in user's agents row (all users: ['currentAgent']). */
export const CURRENT_AGENT_KEY = ['currentAgent'] as const;
export const currentAgentKey = (userId: string) => [...CURRENT_AGENT_KEY, userId] as const;

/** How long an answer is shared between the many canAccess calls of one screen. */
export const CURRENT_AGENT_STALE_MS = 2_000;
/** How often the open app re-reads the agents row (useLiveIdentity), and on window focus. */
export const CURRENT_AGENT_REFETCH_MS = 4_000;

/**
 * The role that drives canAccess, kept in react-query (the same QueryClient as react-admin's):
 * react-admin asks canAccess for every menu item and button, so one answer is shared for
 * CURRENT_AGENT_STALE_MS; useLiveIdentity re-reads it on an interval and on focus, and the auth
 * provider invalidates it on every 401/403, so a role change or a deactivation shows within seconds.
 */
export const createCurrentAgentSource = (
  client: SupabaseClient,
  {
    queryClient = new QueryClient(),
    staleMs = CURRENT_AGENT_STALE_MS,
    fetcher = fetchAgent,
  }: { queryClient?: QueryClient; staleMs?: number; fetcher?: typeof fetchAgent } = {},
) => {
  /** The query a component subscribes to (useQuery) for one user; get() reads the same entry. */
  const queryOptions = (userId: string) => ({
    queryKey: currentAgentKey(userId),
    queryFn: () => fetcher(client, userId),
    staleTime: staleMs,
  });

  const get = async ({ fresh = false } = {}): Promise<CurrentAgent | null> => {
    const { data } = await client.auth.getSession();
    const userId = data.session?.user.id;
    if (!userId) return null;
    if (fresh) await queryClient.invalidateQueries({ queryKey: currentAgentKey(userId), refetchType: 'none' });
    return queryClient.fetchQuery(queryOptions(userId));
  };

  /** The agent if they may use the back-office (an active agents row), else null. */
  const getActive = async (options?: { fresh?: boolean }): Promise<CurrentAgent | null> => {
    const agent = await get(options);
    return agent && agent.active ? agent : null;
  };

  /** Marks every cached answer stale: the next get() and every subscriber read the database. */
  const invalidate = () => queryClient.invalidateQueries({ queryKey: CURRENT_AGENT_KEY });

  /** Forgets every user's answer (sign-in, sign-out). */
  const clear = () => queryClient.removeQueries({ queryKey: CURRENT_AGENT_KEY });

  return { get, getActive, invalidate, clear, queryOptions, queryClient };
};

export type CurrentAgentSource = ReturnType<typeof createCurrentAgentSource>;
