import type { SupabaseClient } from '@supabase/supabase-js';
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
  const { data, error } = await client
    .from('agents')
    .select(AGENT_IDENTITY_COLUMNS)
    .eq('id', userId)
    .maybeSingle<AgentRow>();
  if (error) {
    // A customer may not even be allowed to read the agents directory: that means no access.
    if (error.code === '42501' || error.code === 'PGRST116') return null;
    throw new Error(error.message);
  }
  return toCurrentAgent(data);
};

/**
 * The role that drives canAccess. react-admin asks canAccess for every menu item and button,
 * so answers are shared for a few seconds, per user, and only in memory: a role change or a
 * deactivation shows up within `ttlMs`, and signing in or out starts afresh.
 */
export const createCurrentAgentSource = (
  client: SupabaseClient,
  { ttlMs = 5_000, now = () => Date.now(), fetcher = fetchAgent } = {},
) => {
  let cached: { userId: string; at: number; value: Promise<CurrentAgent | null> } | null = null;

  const get = async (): Promise<CurrentAgent | null> => {
    const { data } = await client.auth.getSession();
    const userId = data.session?.user.id;
    if (!userId) {
      cached = null;
      return null;
    }
    if (cached && cached.userId === userId && now() - cached.at < ttlMs) {
      return cached.value;
    }
    const value = fetcher(client, userId);
    cached = { userId, at: now(), value };
    value.catch(() => {
      if (cached?.value === value) cached = null;
    });
    return value;
  };

  /** The agent if they may use the back-office (an active agents row), else null. */
  const getActive = async (): Promise<CurrentAgent | null> => {
    const agent = await get();
    return agent && agent.active ? agent : null;
  };

  const clear = () => {
    cached = null;
  };

  return { get, getActive, clear };
};

export type CurrentAgentSource = ReturnType<typeof createCurrentAgentSource>;
