/** Back-office roles, as stored in agents.role. */
export const AGENT_ROLES = ['AGENT', 'REVIEWER', 'MANAGER', 'ADMIN'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

export const isAgentRole = (value: unknown): value is AgentRole =>
  typeof value === 'string' && (AGENT_ROLES as readonly string[]).includes(value);
