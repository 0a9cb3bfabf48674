/**
 * Who is calling: a signed-in back-office agent, checked against the agents table on every
 * request (a role change or a deactivation applies at once, whatever the token says).
 * 401 without a valid user token; 403 for customers, inactive agents and roles not allowed.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { Constants, type Enums } from './database.types.ts';
import { HttpError } from './http.ts';

/** The back-office roles: the database enum agent_role, from the generated types. */
export type AgentRole = Enums<'agent_role'>;
export const AGENT_ROLES: readonly AgentRole[] = Constants.public.Enums.agent_role;

export interface AgentCaller {
  userId: string;
  email: string | null;
  role: AgentRole;
  accessToken: string;
}

export function bearerToken(req: Request): string | undefined {
  const header = req.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

export async function requireAgent(req: Request, admin: SupabaseClient, allowed: readonly AgentRole[]): Promise<AgentCaller> {
  const token = bearerToken(req);
  if (!token) throw new HttpError(401, 'Missing authorization: sign in and send your access token');
  const { data, error } = await admin.auth.getUser(token);
  if (error || !data.user) throw new HttpError(401, 'Invalid or expired access token: sign in again');
  const { data: agent, error: agentError } = await admin.from('agents').select('id, role, active').eq('id', data.user.id).maybeSingle();
  if (agentError) throw new Error(`agents lookup failed: ${agentError.message}`);
  if (!agent || !agent.active) throw new HttpError(403, 'Only active back-office agents may do this');
  const role: AgentRole = agent.role;
  if (!allowed.includes(role)) {
    throw new HttpError(403, `Your role (${role}) may not do this; allowed: ${allowed.join(', ')}`);
  }
  return { userId: data.user.id, email: data.user.email ?? null, role, accessToken: token };
}
