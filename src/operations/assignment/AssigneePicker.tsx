import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { AssignableAgent } from '../../providers/operationsMethods';
import { opsKeys, useOpsDataProvider } from '../queries';

export interface AssigneePickerProps {
  assignedTo: string | null;
  /** The current assignee's name when they are no longer assignable (shown, not offered). */
  currentName?: string;
  disabled?: boolean;
  onAssign: (agentId: string) => void;
}

/**
 * The assignable agents (public.assignable_agents: active, role AGENT), searchable by name. A
 * board draws dozens of cards: each shows a light read-only field until it is used, and only
 * then the searchable list (the agents are asked once for every card).
 */
export const AssigneePicker = (props: AssigneePickerProps) => {
  const t = useTranslate();
  const [active, setActive] = useState(false);
  const label = props.assignedTo ? t('ops.board.reassign') : t('ops.board.assign');
  if (active) return <AgentAutocomplete {...props} label={label} onDone={() => setActive(false)} />;
  return (
    <TextField
      size="small"
      fullWidth
      sx={{ mt: 1 }}
      label={label}
      value={props.assignedTo ? (props.currentName ?? '') : ''}
      disabled={props.disabled}
      onClick={() => setActive(true)}
      onFocus={() => setActive(true)}
      slotProps={{ htmlInput: { role: 'combobox', readOnly: true, 'aria-expanded': false, 'aria-haspopup': 'listbox' } }}
    />
  );
};

const AgentAutocomplete = ({
  assignedTo,
  currentName,
  disabled,
  onAssign,
  label,
  onDone,
}: AssigneePickerProps & { label: string; onDone: () => void }) => {
  const t = useTranslate();
  const dataProvider = useOpsDataProvider();
  const { data: agents = [], isPending } = useQuery({
    queryKey: opsKeys.assignable,
    queryFn: () => dataProvider.getAssignableAgents(),
    staleTime: 60_000,
  });
  const value = useMemo<AssignableAgent | null>(() => {
    if (!assignedTo) return null;
    return agents.find((agent) => agent.id === assignedTo) ?? { id: assignedTo, full_name: currentName ?? assignedTo };
  }, [agents, assignedTo, currentName]);
  const options = value && !agents.some((agent) => agent.id === value.id) ? [...agents, value] : agents;
  return (
    <Autocomplete
      size="small"
      openOnFocus
      onClose={onDone}
      sx={{ mt: 1 }}
      options={options}
      loading={isPending}
      value={value}
      disabled={disabled}
      disableClearable={Boolean(value)}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      getOptionLabel={(agent) => agent.full_name?.trim() || agent.id}
      getOptionDisabled={(agent) => agent.id === assignedTo}
      noOptionsText={t('ops.board.no_agent')}
      onChange={(_event, agent) => {
        if (agent && agent.id !== assignedTo) onAssign(agent.id);
        onDone();
      }}
      renderInput={(params) => (
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the user just opened the picker
        <TextField {...params} autoFocus label={label} placeholder={t('ops.board.search_agent')} />
      )}
    />
  );
};
