import DoneIcon from '@mui/icons-material/Done';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Title, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { BoardFilters } from '../../providers/operationsQueries';
import { DueLine } from '../assignment/DueLine';
import { useBoardColumn } from '../assignment/useBoardColumn';
import { errorMessage, opsKeys, useOpsDataProvider } from '../queries';

const PAGE_SIZE = 50;

/** An agent's assigned open steps (the step_board read model), overdue first; they complete them here. */
export const MyWorkPage = () => {
  const dataProvider = useOpsDataProvider();
  const queryClient = useQueryClient();
  const t = useTranslate();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const userId = identity?.id ? String(identity.id) : null;
  const filters = useMemo<BoardFilters>(() => ({ assignee: userId ?? 'none' }), [userId]);
  const steps = useBoardColumn(null, filters, PAGE_SIZE, userId !== null);

  const complete = useMutation({
    mutationFn: (stepId: string) => dataProvider.completeStepInstance(stepId),
    onSuccess: async () => {
      notify(t('ops.my_work.completed'), { type: 'success' });
      await Promise.all([opsKeys.board, opsKeys.workloads].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: (error) => notify(errorMessage(error) ?? '', { type: 'error' }),
  });
  const pendingId = complete.isPending ? (complete.variables ?? null) : null;
  const loading = !userId || steps.isPending;

  return (
    <Box sx={{ mt: 2 }} data-testid="my-work">
      <Title title={t('ops.my_work.title')} />
      <Typography variant="h6" component="h1" sx={{ mb: 1 }}>
        {t('ops.my_work.title')}
      </Typography>
      {steps.error ? <Alert severity="error">{t('ops.common.error', { message: errorMessage(steps.error) })}</Alert> : null}
      {loading && !steps.error ? <CircularProgress aria-label={t('ops.common.loading')} /> : null}
      {!loading && steps.rows.length === 0 ? <Typography data-testid="my-work-empty">{t('ops.my_work.empty')}</Typography> : null}
      <Stack spacing={1}>
        {userId
          ? steps.rows.map((step) => (
              <Card key={step.id} variant="outlined" data-testid="my-work-step" data-step-id={step.id}>
                <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', '&:last-child': { pb: 2 } }}>
                  <Box sx={{ flex: 1 }}>
                    <Typography variant="subtitle1">{step.step_label ?? step.step_id}</Typography>
                    <Typography variant="body2" color="text.secondary">
                      <Link to={`/dossiers/${step.dossier_id}/show`}>
                        {step.customer_name ?? t('ops.common.dossier')} · {step.dossier_type}
                      </Link>
                      {step.documents_total > 0
                        ? ` · ${t('ops.my_work.documents', { approved: step.documents_approved, total: step.documents_total })}`
                        : ''}
                    </Typography>
                    <DueLine step={step} />
                  </Box>
                  <Button
                    variant="contained"
                    startIcon={<DoneIcon />}
                    disabled={pendingId === step.id}
                    onClick={() => complete.mutate(step.id)}
                  >
                    {t('ops.my_work.complete')}
                  </Button>
                </CardContent>
              </Card>
            ))
          : null}
        {steps.hasNextPage ? (
          <Button onClick={() => void steps.fetchNextPage()} disabled={steps.isFetchingNextPage}>
            {t('ops.common.load_more')} ({steps.total - steps.rows.length})
          </Button>
        ) : null}
      </Stack>
    </Box>
  );
};
