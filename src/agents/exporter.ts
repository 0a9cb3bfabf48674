import { useCsvExporter, type ExportColumn } from '../common/csvExport';

/** The team: names, e-mails, role labels, active yes/no. */
export const agentExportColumns: ExportColumn[] = [
  { label: 'resources.agents.fields.full_name', value: (r) => String(r.full_name ?? '') },
  { label: 'resources.agents.fields.email', value: (r) => String(r.email ?? '') },
  { label: 'resources.agents.fields.role', value: (r, _, f) => f.enumLabel('agent_role', r.role) },
  { label: 'resources.agents.fields.active', value: (r, _, f) => f.yesNo(r.active) },
  { label: 'resources.agents.fields.created_at', value: (r, _, f) => f.dateTime(r.created_at) },
];

export const useAgentExporter = () => useCsvExporter(agentExportColumns);
