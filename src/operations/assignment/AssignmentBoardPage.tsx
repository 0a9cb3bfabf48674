import RefreshIcon from '@mui/icons-material/Refresh';
import {
  Alert,
  Box,
  Chip,
  FormControlLabel,
  IconButton,
  MenuItem,
  Paper,
  Stack,
  Switch,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Title, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { BOARD_GROUPS, type BoardFilters, type BoardGroup } from '../../providers/operationsQueries';
import { errorMessage, opsKeys, useOpsDataProvider } from '../queries';
import { useAgentNames } from '../useAgentNames';
import { useDebounced } from '../useDebounced';
import { BoardColumn } from './BoardColumn';
import { boardViewFromParams, withBoardView, type BoardView } from './boardFilters';

export { BOARD_CARDS_PER_PAGE } from './useBoardColumn';

/**
 * Managers keep dossiers moving: every open step, in columns paged on the server (the step_board
 * read model), grouped by state or by step status, filtered by assignee / overdue and searched by
 * step, customer or dossier; the agents' workloads counted in SQL; assign / reassign. The view
 * (grouping, search, assignee, overdue only) lives in the URL: a link or a reload shows the same.
 */
export const AssignmentBoardPage = () => {
  const dataProvider = useOpsDataProvider();
  const queryClient = useQueryClient();
  const t = useTranslate();
  const notify = useNotify();
  const { canAccess: canAssign = false } = useCanAccess({ resource: 'step_instances', action: 'assign' });
  const [params, setParams] = useSearchParams();
  const { group, search, assignee, overdueOnly } = boardViewFromParams(params);
  const setView = <K extends keyof BoardView>(key: K, value: BoardView[K]) =>
    setParams((current) => withBoardView(current, key, value), { replace: true });
  const debouncedSearch = useDebounced(search.trim());
  const filters = useMemo<BoardFilters>(
    () => ({ search: debouncedSearch || undefined, assignee: assignee || undefined, overdueOnly: overdueOnly || undefined }),
    [debouncedSearch, assignee, overdueOnly],
  );
  const names = useAgentNames();
  const workloads = useQuery({ queryKey: opsKeys.workloads, queryFn: () => dataProvider.getStepWorkloads() });

  const assign = useMutation({
    mutationFn: ({ stepId, agentId }: { stepId: string; agentId: string }) => dataProvider.assignStepInstance(stepId, agentId),
    onSuccess: async () => {
      notify(t('ops.board.assigned_ok'), { type: 'success' });
      await Promise.all([opsKeys.board, opsKeys.workloads, opsKeys.myWork].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: (error) => notify(errorMessage(error) ?? '', { type: 'error' }),
  });
  const pendingId = assign.isPending ? (assign.variables?.stepId ?? null) : null;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: opsKeys.all });
  const columnTitle = (value: string) =>
    group === 'state' ? t(`ops.board.${value}`) : t(`app.enums.step_instance_status.${value}`, { _: value });

  return (
    <Box sx={{ mt: 2 }} data-testid="assignment-board">
      <Title title={t('ops.board.title')} />
      <Stack direction="row" alignItems="center" spacing={1} sx={{ mb: 1 }}>
        <Typography variant="h6" component="h1">
          {t('ops.board.title')}
        </Typography>
        <Tooltip title={t('ops.common.retry')}>
          <IconButton size="small" aria-label={t('ops.common.retry')} onClick={refresh}>
            <RefreshIcon />
          </IconButton>
        </Tooltip>
      </Stack>
      {!canAssign ? (
        <Alert severity="info" sx={{ mb: 1 }}>
          {t('ops.board.only_managers')}
        </Alert>
      ) : null}
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" alignItems="center" sx={{ mb: 2 }}>
        <TextField
          size="small"
          sx={{ minWidth: 280 }}
          label={t('ops.board.search')}
          value={search}
          onChange={(event) => setView('search', event.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'board-search' } }}
        />
        <TextField
          select
          size="small"
          sx={{ minWidth: 160 }}
          label={t('ops.board.group_by')}
          value={group}
          onChange={(event) => setView('group', event.target.value as BoardGroup)}
        >
          <MenuItem value="state">{t('ops.board.group_state')}</MenuItem>
          <MenuItem value="status">{t('ops.board.group_status')}</MenuItem>
        </TextField>
        <TextField
          select
          size="small"
          sx={{ minWidth: 200 }}
          label={t('ops.board.assignee')}
          value={assignee}
          onChange={(event) => setView('assignee', event.target.value)}
        >
          <MenuItem value="">{t('ops.board.anyone')}</MenuItem>
          <MenuItem value="none">{t('ops.board.unassigned')}</MenuItem>
          {(workloads.data ?? []).map((load) => (
            <MenuItem key={load.agent_id} value={load.agent_id}>
              {load.full_name ?? load.agent_id}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={<Switch checked={overdueOnly} onChange={(event) => setView('overdueOnly', event.target.checked)} />}
          label={t('ops.board.overdue_only')}
        />
      </Stack>
      <Paper variant="outlined" sx={{ p: 1, mb: 2 }} data-testid="board-workload">
        <Typography variant="overline">{t('ops.board.workload')}</Typography>
        {workloads.error ? <Alert severity="error">{t('ops.common.error', { message: errorMessage(workloads.error) })}</Alert> : null}
        <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
          {(workloads.data ?? []).map((load) => (
            <Chip
              key={load.agent_id}
              data-testid="board-workload-agent"
              color={load.overdue_count > 0 ? 'warning' : 'default'}
              variant={assignee === load.agent_id ? 'filled' : 'outlined'}
              onClick={() => setView('assignee', assignee === load.agent_id ? '' : load.agent_id)}
              label={`${load.full_name ?? load.agent_id}: ${t('ops.board.open', { smart_count: load.open_count })}${
                load.overdue_count ? ` · ${t('ops.board.overdue_count', { count: load.overdue_count })}` : ''
              }`}
            />
          ))}
        </Stack>
      </Paper>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: `repeat(${BOARD_GROUPS[group].length}, 1fr)` }, gap: 2 }}>
        {BOARD_GROUPS[group].map((value) => (
          <BoardColumn
            key={`${group}:${value}`}
            column={{ group, value }}
            title={columnTitle(value)}
            filters={filters}
            canAssign={canAssign}
            pendingId={pendingId}
            names={names}
            onAssign={(stepId, agentId) => assign.mutate({ stepId, agentId })}
          />
        ))}
      </Box>
    </Box>
  );
};
