import { Box, Button, Card, CardContent, Chip, CircularProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { BoardColumnKey, BoardFilters } from '../../providers/operationsQueries';
import { errorMessage } from '../queries';
import { agentName, type DirectoryAgent } from '../useAgentNames';
import { AssigneePicker } from './AssigneePicker';
import { DueLine } from './DueLine';
import { useBoardColumn } from './useBoardColumn';

export interface BoardColumnProps {
  column: BoardColumnKey;
  title: string;
  filters: BoardFilters;
  canAssign: boolean;
  pendingId: string | null;
  names: Map<string, DirectoryAgent>;
  onAssign: (stepId: string, agentId: string) => void;
}

/** One column of the board: a server-side page of cards, its exact count, "Load more". */
export const BoardColumn = ({ column, title, filters, canAssign, pendingId, names, onAssign }: BoardColumnProps) => {
  const t = useTranslate();
  const { rows, total, isPending, error, hasNextPage, fetchNextPage, isFetchingNextPage } = useBoardColumn(column, filters);
  return (
    <Box data-testid={`board-column-${column.value}`}>
      <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
        {title} <Chip size="small" label={isPending ? '…' : total} data-testid="board-column-total" />
      </Typography>
      <Stack spacing={1}>
        {error ? (
          <Typography color="error" variant="body2">
            {t('ops.common.error', { message: errorMessage(error) })}
          </Typography>
        ) : null}
        {isPending ? <CircularProgress size={20} aria-label={t('ops.common.loading')} /> : null}
        {!isPending && !error && rows.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('ops.board.empty')}
          </Typography>
        ) : null}
        {rows.map((step) => (
          <Card key={step.id} variant="outlined" data-testid="board-step" data-step-id={step.id}>
            <CardContent sx={{ '&:last-child': { pb: 1.5 } }}>
              <Typography variant="subtitle2">{step.step_label ?? step.step_id}</Typography>
              <Typography variant="body2" color="text.secondary">
                <Link to={`/dossiers/${step.dossier_id}/show`}>
                  {step.customer_name ?? t('ops.common.dossier')} · {step.dossier_type}
                </Link>
              </Typography>
              <DueLine step={step} />
              {canAssign ? (
                <AssigneePicker
                  assignedTo={step.assigned_to}
                  currentName={step.assigned_to ? (names.get(step.assigned_to)?.full_name ?? undefined) : undefined}
                  disabled={pendingId === step.id}
                  onAssign={(agentId) => onAssign(step.id, agentId)}
                />
              ) : step.assigned_to ? (
                <Typography variant="body2">
                  {t('ops.board.assigned_to', { name: agentName(names.get(step.assigned_to), step.assigned_to) })}
                </Typography>
              ) : null}
            </CardContent>
          </Card>
        ))}
        {hasNextPage ? (
          <Button
            size="small"
            data-testid={`board-more-${column.value}`}
            disabled={isFetchingNextPage}
            onClick={() => void fetchNextPage()}
          >
            {t('ops.common.load_more')} ({total - rows.length})
          </Button>
        ) : null}
      </Stack>
    </Box>
  );
};
