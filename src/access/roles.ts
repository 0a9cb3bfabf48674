import { Constants, type Enums } from '../types/database.types';

/** Back-office roles, as stored in agents.role: the database enum agent_role. */
export const AGENT_ROLES = Constants.public.Enums.agent_role;
export type AgentRole = Enums<'agent_role'>;

export const isAgentRole = (value: unknown): value is AgentRole =>
  typeof value === 'string' && (AGENT_ROLES as readonly string[]).includes(value);
