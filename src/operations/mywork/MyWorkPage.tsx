import DoneIcon from '@mui/icons-material/Done';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Title, useGetIdentity, useNotify } from 'react-admin';
import { Link } from 'react-router-dom';
import { useOpsApi } from '../api';
import { useOpsTranslate } from '../i18n';
import { formatDuration } from '../time';
import { useNow } from '../useNow';
import { dueDate, overdueHours } from '../assignment/stepBoard';
import { documentProgress, loadOpenSteps, type StepRow } from '../assignment/steps';
import { useFormatters } from '../../common/formatting';

/** An agent's assigned open steps, most urgent first; they complete them here. */
export const MyWorkPage = () => {
  const api = useOpsApi();
  const t = useOpsTranslate();
  const formats = useFormatters();
  const notify = useNotify();
  const now = useNow(60_000);
  const { identity } = useGetIdentity();
  const userId = identity?.id ? String(identity.id) : null;
  const [steps, setSteps] = useState<StepRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pendingId, setPendingId] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (!userId) return;
    setError(null);
    try {
      setSteps(await loadOpenSteps(api, { assigned_to: `eq.${userId}` }));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [api, userId]);

  useEffect(() => {
    void load();
  }, [load]);

  const complete = async (step: StepRow) => {
    setPendingId(step.id);
    try {
      await api.rpc('complete_step_instance', { p_step_instance_id: step.id });
      notify(t('my_work.completed'), { type: 'success' });
      await load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setPendingId(null);
    }
  };

  return (
    <Box sx={{ mt: 2 }} data-testid="my-work">
      <Title title={t('my_work.title')} />
      <Typography variant="h6" component="h1" sx={{ mb: 1 }}>{t('my_work.title')}</Typography>
      {error ? <Alert severity="error">{t('common.error', { message: error })}</Alert> : null}
      {!steps && !error ? <CircularProgress aria-label={t('common.loading')} /> : null}
      {steps && steps.length === 0 ? <Typography data-testid="my-work-empty">{t('my_work.empty')}</Typography> : null}
      <Stack spacing={1}>
        {(steps ?? []).map((step) => {
          const late = overdueHours(step, now);
          const due = dueDate(step);
          const docs = documentProgress(step);
          return (
            <Card key={step.id} variant="outlined" data-testid="my-work-step" data-step-id={step.id}>
              <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', '&:last-child': { pb: 2 } }}>
                <Box sx={{ flex: 1 }}>
                  <Typography variant="subtitle1">{step.steps?.label ?? step.step_id}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    <Link to={`/dossiers/${step.dossier_id}/show`}>
                      {step.dossiers?.profiles?.full_name ?? t('common.dossier')} · {step.dossiers?.type}
                    </Link>
                    {docs.total > 0 ? ` · ${t('my_work.documents', docs)}` : ''}
                  </Typography>
                  <Typography variant="body2" color={late && late > 0 ? 'error' : 'text.secondary'}>
                    {late && late > 0
                      ? t('board.overdue_by', { time: formatDuration(late * 3_600_000, t) })
                      : due
                        ? t('board.due', { date: formats.dateTime(due) })
                        : t('board.no_due')}
                  </Typography>
                </Box>
                <Button
                  variant="contained"
                  startIcon={<DoneIcon />}
                  disabled={pendingId === step.id}
                  onClick={() => void complete(step)}
                >
                  {t('my_work.complete')}
                </Button>
              </CardContent>
            </Card>
          );
        })}
      </Stack>
    </Box>
  );
};
