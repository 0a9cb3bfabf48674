/** Step instances as the board and My work read them (PostgREST, row-level security applies). */
import type { OpsApi } from '../api';
import type { BoardStep } from './stepBoard';

export interface StepRow extends BoardStep {
  dossier_id: string;
  step_id: string;
  steps: { label: string | null; code: string | null } | null;
  dossiers: { id: string; type: string; status: string; profiles: { full_name: string | null } | null } | null;
  documents: { status: string }[];
}

/** An entry of the agent directory (active agents, name and role: public.agent_directory). */
export interface AgentRow {
  id: string;
  full_name: string | null;
  role: string;
}

export const STEP_SELECT =
  'id,status,assigned_to,started_at,due_at,completed_at,dossier_id,step_id,steps(label,code),' +
  'dossiers!step_instances_dossier_id_fkey(id,type,status,profiles(full_name)),documents(status)';

export function loadOpenSteps(api: OpsApi, filter: Record<string, string> = {}, limit = 500): Promise<StepRow[]> {
  return api.select<StepRow>('step_instances', {
    select: STEP_SELECT,
    status: 'in.(PENDING,IN_PROGRESS)',
    order: 'due_at.asc.nullslast,created_at.asc',
    limit: String(limit),
    ...filter,
  });
}

export function loadActiveAgents(api: OpsApi): Promise<AgentRow[]> {
  return api.select<AgentRow>('agent_directory', {
    select: 'id,full_name,role',
    order: 'full_name.asc',
  });
}

export const agentName = (agent: AgentRow | undefined, fallback: string) =>
  agent?.full_name?.trim() || fallback;

export const documentProgress = (step: Pick<StepRow, 'documents'>) => ({
  total: step.documents?.length ?? 0,
  approved: (step.documents ?? []).filter((d) => d.status === 'APPROVED').length,
});
