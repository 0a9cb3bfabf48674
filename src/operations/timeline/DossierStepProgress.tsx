import { Alert, Box, Card, CardContent, CircularProgress, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { errorMessage, opsKeys, useOpsDataProvider } from '../queries';
import { agentName, useAgentNames } from '../useAgentNames';
import { activeIndex, orderSteps } from './stepProgress';

export interface DossierStepProgressProps {
  /** Defaults to the id of the record in context (a dossier show page). */
  dossierId?: string;
}

/** The dossier's workflow as a stepper: done, current and next steps, with assignees and due dates. */
export const DossierStepProgress = ({ dossierId }: DossierStepProgressProps) => {
  const record = useRecordContext();
  const id = dossierId ?? (record?.id != null ? String(record.id) : undefined);
  const dataProvider = useOpsDataProvider();
  const t = useTranslate();
  const translate = useTranslate();
  const progress = useQuery({
    queryKey: opsKeys.progress(id ?? ''),
    queryFn: () => dataProvider.getDossierStepProgress(id!),
    enabled: Boolean(id),
  });
  const state = useMemo(
    () =>
      progress.data
        ? {
            steps: orderSteps(progress.data.instances, progress.data.productSteps),
            current: progress.data.current,
            overdue: new Set(progress.data.overdueIds),
          }
        : null,
    [progress.data],
  );
  const error = errorMessage(progress.error);
  const agents = useAgentNames();
  const names = useMemo(() => new Map([...agents.values()].map((a) => [a.id, agentName(a, a.id)])), [agents]);

  return (
    <Card variant="outlined" data-testid="dossier-step-progress">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('ops.progress.title')}
        </Typography>
        {error ? <Alert severity="error">{t('ops.common.error', { message: error })}</Alert> : null}
        {!state && !error ? <CircularProgress size={24} aria-label={t('ops.common.loading')} /> : null}
        {state && state.steps.length === 0 ? <Typography color="text.secondary">{t('ops.progress.empty')}</Typography> : null}
        {state && state.steps.length > 0 ? (
          <Box sx={{ overflowX: 'auto' }}>
            <Stepper activeStep={activeIndex(state.steps, state.current)} alternativeLabel>
              {state.steps.map((step) => {
                const late = state.overdue.has(step.id);
                const who = step.assigned_to ? (names.get(step.assigned_to) ?? t('ops.common.agent')) : t('ops.progress.unassigned');
                return (
                  <Step key={step.id} completed={step.status === 'COMPLETED'} data-testid="progress-step" data-status={step.status}>
                    <StepLabel
                      error={late}
                      optional={
                        <Typography variant="caption" color={late ? 'error' : 'text.secondary'} component="div">
                          {translate(`app.enums.step_instance_status.${step.status}`, { _: step.status })}
                          {step.required ? '' : ` · ${t('ops.progress.optional')}`}
                          <br />
                          {who}
                        </Typography>
                      }
                    >
                      {step.steps?.label ?? step.step_id}
                    </StepLabel>
                  </Step>
                );
              })}
            </Stepper>
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
};
