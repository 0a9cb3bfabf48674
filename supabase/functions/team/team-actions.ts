/** The admin actions on the team, through the auth admin API and the agents table. */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { AgentCaller, AgentRole } from '../_shared/auth.ts';
import { optionalEnv, requireEnv } from '../_shared/env.ts';
import { badRequest, HttpError } from '../_shared/http.ts';
import { emailField, oneOf, optionalText, uuidField } from '../_shared/validate.ts';

const ROLES: readonly AgentRole[] = ['AGENT', 'REVIEWER', 'MANAGER', 'ADMIN'];
const BANNED_FOR = '876000h'; // 100 years: until reactivated

interface AgentRow {
  id: string;
  email: string | null;
  full_name: string | null;
  role: AgentRole;
  active: boolean;
}

export function inviteRedirectUrl(): string {
  return optionalEnv('INVITE_REDIRECT_URL') ?? `${requireEnv('SITE_URL').replace(/\/$/, '')}/set-password`;
}

export async function inviteAgent(admin: SupabaseClient, body: Record<string, unknown>): Promise<AgentRow> {
  const email = emailField(body, 'email');
  const role = oneOf(body, 'role', ROLES);
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
  if (agentId === caller.userId) throw badRequest('You cannot change your own role or deactivate yourself');
  const { data, error } = await admin
    .from('agents')
    .select('id, email, full_name, role, active')
    .eq('id', agentId)
    .maybeSingle<AgentRow>();
  if (error) throw new Error(`agents lookup failed: ${error.message}`);
  if (!data) throw new HttpError(404, 'No such agent');
  return data;
}

export async function changeRole(admin: SupabaseClient, caller: AgentCaller, body: Record<string, unknown>): Promise<AgentRow> {
  const role = oneOf(body, 'role', ROLES);
  const agent = await targetAgent(admin, caller, body);
  const { data, error } = await admin
    .from('agents')
    .update({ role })
    .eq('id', agent.id)
    .select('id, email, full_name, role, active')
    .single<AgentRow>();
  if (error) throw new Error(`changing the role failed: ${error.message}`);
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
