import RefreshIcon from '@mui/icons-material/Refresh';
import {
  Alert, Box, Button, Card, CardContent, Chip, CircularProgress, IconButton, MenuItem, Paper, Stack, TextField, Tooltip, Typography,
} from '@mui/material';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Title, useCanAccess, useNotify } from 'react-admin';
import { Link } from 'react-router-dom';
import { useOpsApi } from '../api';
import { useOpsTranslate } from '../i18n';
import { formatDuration } from '../time';
import { useNow } from '../useNow';
import { dueDate, groupBoard, overdueHours, workloads, type BoardColumn } from './stepBoard';
import { agentName, loadActiveAgents, loadOpenSteps, type AgentRow, type StepRow } from './steps';
import { useFormatters } from '../../common/formatting';

const COLUMNS: BoardColumn[] = ['unassigned', 'assigned', 'overdue'];
/**
 * Cards drawn per column at first, then per "Load more": every card holds a select, and drawing
 * 300 of them at once (100 per column) took over 10 s on a loaded 2-core runner.
 */
export const BOARD_CARDS_PER_PAGE = 25;
const FIRST_PAGE: Record<BoardColumn, number> = { unassigned: BOARD_CARDS_PER_PAGE, assigned: BOARD_CARDS_PER_PAGE, overdue: BOARD_CARDS_PER_PAGE };

/** Managers keep dossiers moving: open steps by state, agents' workload, assign / reassign. */
export const AssignmentBoardPage = () => {
  const api = useOpsApi();
  const t = useOpsTranslate();
  const formats = useFormatters();
  const notify = useNotify();
  const now = useNow(60_000);
  const { canAccess: canAssign } = useCanAccess({ resource: 'step_instances', action: 'assign' });
  const [steps, setSteps] = useState<StepRow[] | null>(null);
  const [agents, setAgents] = useState<AgentRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [shown, setShown] = useState<Record<BoardColumn, number>>(FIRST_PAGE);

  const load = useCallback(async () => {
    setError(null);
    try {
      const [stepRows, agentRows] = await Promise.all([loadOpenSteps(api), loadActiveAgents(api)]);
      setSteps(stepRows);
      setAgents(agentRows);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const agentsById = useMemo(() => new Map(agents.map((a) => [a.id, a])), [agents]);
  const board = useMemo(() => groupBoard(steps ?? [], now), [steps, now]);
  const loads = useMemo(
    () => workloads(steps ?? [], agents.filter((a) => a.role === 'AGENT').map((a) => a.id), now),
    [steps, agents, now],
  );

  const assign = async (step: StepRow, agentId: string) => {
    setPendingId(step.id);
    try {
      await api.rpc('assign_step_instance', { p_step_instance_id: step.id, p_agent_id: agentId });
      setSteps((list) => (list ?? []).map((s) => (s.id === step.id ? { ...s, assigned_to: agentId } : s)));
      notify(t('board.assigned_ok'), { type: 'success' });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setPendingId(null);
    }
  };

  return (
    <Box sx={{ mt: 2 }} data-testid="assignment-board">
      <Title title={t('board.title')} />
      <Stack direction="row" alignItems="center" spacing={1} sx={{ mb: 1 }}>
        <Typography variant="h6" component="h1">{t('board.title')}</Typography>
        <Tooltip title={t('common.retry')}>
          <IconButton size="small" aria-label={t('common.retry')} onClick={() => void load()}><RefreshIcon /></IconButton>
        </Tooltip>
      </Stack>
      {error ? <Alert severity="error">{t('common.error', { message: error })}</Alert> : null}
      {!canAssign ? <Alert severity="info" sx={{ mb: 1 }}>{t('board.only_managers')}</Alert> : null}
      {!steps && !error ? <CircularProgress aria-label={t('common.loading')} /> : null}
      {steps ? (
        <>
          <Paper variant="outlined" sx={{ p: 1, mb: 2 }} data-testid="board-workload">
            <Typography variant="overline">{t('board.workload')}</Typography>
            <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
              {loads.map((load) => (
                <Chip
                  key={load.agentId}
                  color={load.overdue > 0 ? 'warning' : 'default'}
                  label={`${agentName(agentsById.get(load.agentId), load.agentId)}: ${t('board.open', { smart_count: load.open })}${
                    load.overdue ? ` · ${t('board.overdue_count', { count: load.overdue })}` : ''
                  }`}
                />
              ))}
            </Stack>
          </Paper>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
            {COLUMNS.map((column) => (
              <Box key={column} data-testid={`board-column-${column}`}>
                <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
                  {t(`board.${column}`)} <Chip size="small" label={board[column].length} />
                </Typography>
                <Stack spacing={1}>
                  {board[column].length === 0 ? (
                    <Typography variant="body2" color="text.secondary">{t('board.empty')}</Typography>
                  ) : null}
                  {board[column].slice(0, shown[column]).map((step) => {
                    const due = dueDate(step);
                    const late = overdueHours(step, now);
                    return (
                      <Card key={step.id} variant="outlined" data-testid="board-step" data-step-id={step.id}>
                        <CardContent sx={{ '&:last-child': { pb: 1.5 } }}>
                          <Typography variant="subtitle2">{step.steps?.label ?? step.step_id}</Typography>
                          <Typography variant="body2" color="text.secondary">
                            <Link to={`/dossiers/${step.dossier_id}/show`}>
                              {step.dossiers?.profiles?.full_name ?? t('common.dossier')} · {step.dossiers?.type}
                            </Link>
                          </Typography>
                          <Typography variant="body2" color={late && late > 0 ? 'error' : 'text.secondary'}>
                            {late && late > 0
                              ? t('board.overdue_by', { time: formatDuration(late * 3_600_000, t) })
                              : due
                                ? t('board.due', { date: formats.dateTime(due) })
                                : t('board.no_due')}
                          </Typography>
                          {canAssign ? (
                            <TextField
                              select
                              size="small"
                              fullWidth
                              sx={{ mt: 1 }}
                              label={step.assigned_to ? t('board.reassign') : t('board.assign')}
                              value={step.assigned_to ?? ''}
                              disabled={pendingId === step.id}
                              onChange={(event) => void assign(step, event.target.value)}
                              slotProps={{ htmlInput: { 'data-testid': 'board-assign' } }}
                            >
                              {agents.map((agent) => (
                                <MenuItem key={agent.id} value={agent.id}>
                                  {agentName(agent, agent.id)} ({agent.role})
                                </MenuItem>
                              ))}
                            </TextField>
                          ) : step.assigned_to ? (
                            <Typography variant="body2">
                              {t('board.assigned_to', { name: agentName(agentsById.get(step.assigned_to), step.assigned_to) })}
                            </Typography>
                          ) : null}
                        </CardContent>
                      </Card>
                    );
                  })}
                  {board[column].length > shown[column] ? (
                    <Button
                      size="small"
                      data-testid={`board-more-${column}`}
                      onClick={() => setShown((s) => ({ ...s, [column]: s[column] + BOARD_CARDS_PER_PAGE }))}
                    >
                      {t('common.load_more')} ({board[column].length - shown[column]})
                    </Button>
                  ) : null}
                </Stack>
              </Box>
            ))}
          </Box>
        </>
      ) : null}
    </Box>
  );
};
