import { useMemo } from 'react';
import { useGetList } from 'react-admin';

/** An entry of the agent directory (active agents, name and role: public.agent_directory). */
export interface DirectoryAgent {
  id: string;
  full_name: string | null;
  role: string;
}

/** The agent directory by id (react-admin's getList on agent_directory), for names of actors. */
export function useAgentNames(): Map<string, DirectoryAgent> {
  const { data } = useGetList<DirectoryAgent>('agent_directory', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'full_name', order: 'ASC' },
  });
  return useMemo(() => new Map((data ?? []).map((agent) => [agent.id, agent])), [data]);
}

export const agentName = (agent: { full_name: string | null } | undefined, fallback: string) => agent?.full_name?.trim() || fallback;
