/** The admin actions on the team, through the auth admin API and the agents table. */
import type { SupabaseClient } from '@supabase/supabase-js';
import { AGENT_ROLES, type AgentCaller } from '../_shared/auth.ts';
import type { Tables } from '../_shared/database.types.ts';
import { httpErrorFromDb } from '../_shared/db-errors.ts';
import { optionalEnv, requireEnv } from '../_shared/env.ts';
import { HttpError } from '../_shared/http.ts';
import { userClient } from '../_shared/supabase.ts';
import { emailField, oneOf, optionalText, uuidField } from '../_shared/validate.ts';

const BANNED_FOR = '876000h'; // 100 years: until reactivated

type AgentRow = Pick<Tables<'agents'>, 'id' | 'email' | 'full_name' | 'role' | 'active'>;

export function inviteRedirectUrl(): string {
  return optionalEnv('INVITE_REDIRECT_URL') ?? `${requireEnv('SITE_URL').replace(/\/$/, '')}/set-password`;
}

export async function inviteAgent(admin: SupabaseClient, body: Record<string, unknown>): Promise<AgentRow> {
  const email = emailField(body, 'email');
  const role = oneOf(body, 'role', AGENT_ROLES);
  const fullName = optionalText(body, 'full_name');
  const { data, error } = await admin.auth.admin.inviteUserByEmail(email, {
    redirectTo: inviteRedirectUrl(),
    data: fullName ? { full_name: fullName } : {},
  });
  if (error || !data.user) {
    if (error?.status === 422 || error?.code === 'email_exists') {
      throw new HttpError(409, 'A user with this e-mail address already exists');
    }
    throw new Error(`invite failed: ${error?.message}`);
  }
  const { data: agent, error: insertError } = await admin
    .from('agents')
    .insert({ id: data.user.id, email, full_name: fullName, role, active: true })
    .select('id, email, full_name, role, active')
    .single<AgentRow>();
  if (insertError) {
    await admin.auth.admin.deleteUser(data.user.id); // no half-invited agent
    throw new Error(`creating the agent failed: ${insertError.message}`);
  }
  return agent;
}

async function targetAgent(admin: SupabaseClient, caller: AgentCaller, body: Record<string, unknown>): Promise<AgentRow> {
  const agentId = uuidField(body, 'agent_id');
  // Refused by the database too (guard_agents_self_change); said here before the auth ban.
  if (agentId === caller.userId) throw new HttpError(403, 'You cannot change your own role or deactivate yourself');
  const { data, error } = await admin.from('agents').select('id, email, full_name, role, active').eq('id', agentId).maybeSingle<AgentRow>();
  if (error) throw new Error(`agents lookup failed: ${error.message}`);
  if (!data) throw new HttpError(404, 'No such agent');
  return data;
}

/**
 * As the calling admin (their token, RLS and auth.uid() apply): change_agent_role refuses a
 * non-admin and the database's guard refuses one's own role (migration 20250601000872).
 */
export async function changeRole(caller: AgentCaller, body: Record<string, unknown>): Promise<AgentRow> {
  const role = oneOf(body, 'role', AGENT_ROLES);
  const agentId = uuidField(body, 'agent_id');
  const { data, error } = await userClient(caller.accessToken)
    .rpc('change_agent_role', { p_agent_id: agentId, p_role: role })
    .select('id, email, full_name, role, active')
    .single<AgentRow>();
  if (error) throw httpErrorFromDb(error);
  return data;
}

export async function setAgentActive(
  admin: SupabaseClient,
  caller: AgentCaller,
  body: Record<string, unknown>,
  active: boolean,
): Promise<AgentRow> {
  const agent = await targetAgent(admin, caller, body);
  const { error: banError } = await admin.auth.admin.updateUserById(agent.id, { ban_duration: active ? 'none' : BANNED_FOR });
  if (banError) throw new Error(`updating the auth user failed: ${banError.message}`);
  const { data, error } = await admin
    .from('agents')
    .update({ active })
    .eq('id', agent.id)
    .select('id, email, full_name, role, active')
    .single<AgentRow>();
  if (error) throw new Error(`updating the agent failed: ${error.message}`);
  return data;
}
