import { Alert, Box, Card, CardContent, CircularProgress, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { useOpsApi } from '../api';
import { agentName, loadActiveAgents, type AgentRow } from '../assignment/steps';
import { isOverdue } from '../assignment/stepBoard';
import { useOpsTranslate } from '../i18n';
import { activeIndex, orderSteps, type ProductStep, type ProgressInstance, type ProgressStep } from './stepProgress';

export interface DossierStepProgressProps {
  /** Defaults to the id of the record in context (a dossier show page). */
  dossierId?: string;
}

/** The dossier's workflow as a stepper: done, current and next steps, with assignees and due dates. */
export const DossierStepProgress = ({ dossierId }: DossierStepProgressProps) => {
  const record = useRecordContext();
  const id = dossierId ?? (record?.id != null ? String(record.id) : undefined);
  const api = useOpsApi();
  const t = useOpsTranslate();
  const translate = useTranslate();
  const [state, setState] = useState<{ steps: ProgressStep[]; current: string | null } | null>(null);
  const [agents, setAgents] = useState<AgentRow[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    (async () => {
      const [dossier] = await api.select<{ current_step_instance_id: string | null; product_id: string | null }>('dossiers', {
        select: 'current_step_instance_id,product_id', id: `eq.${id}`,
      });
      const [instances, productSteps] = await Promise.all([
        api.select<ProgressInstance>('step_instances', {
          select: 'id,step_id,status,assigned_to,started_at,completed_at,due_at,steps(label,code,position)', dossier_id: `eq.${id}`, limit: '100',
        }),
        dossier?.product_id
          ? api.select<ProductStep>('product_steps', { select: 'step_id,position,is_required', product_id: `eq.${dossier.product_id}` })
          : Promise.resolve([] as ProductStep[]),
      ]);
      if (!cancelled) setState({ steps: orderSteps(instances, productSteps), current: dossier?.current_step_instance_id ?? null });
    })().catch((e: unknown) => !cancelled && setError((e as Error).message));
    loadActiveAgents(api).then((rows) => !cancelled && setAgents(rows), () => undefined);
    return () => {
      cancelled = true;
    };
  }, [api, id]);

  const names = useMemo(() => new Map(agents.map((a) => [a.id, agentName(a, a.id)])), [agents]);
  const now = new Date();

  return (
    <Card variant="outlined" data-testid="dossier-step-progress">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>{t('progress.title')}</Typography>
        {error ? <Alert severity="error">{t('common.error', { message: error })}</Alert> : null}
        {!state && !error ? <CircularProgress size={24} aria-label={t('common.loading')} /> : null}
        {state && state.steps.length === 0 ? <Typography color="text.secondary">{t('progress.empty')}</Typography> : null}
        {state && state.steps.length > 0 ? (
          <Box sx={{ overflowX: 'auto' }}>
            <Stepper activeStep={activeIndex(state.steps, state.current)} alternativeLabel>
              {state.steps.map((step) => {
                const late = isOverdue(step, now);
                const who = step.assigned_to ? names.get(step.assigned_to) ?? t('common.agent') : t('progress.unassigned');
                return (
                  <Step key={step.id} completed={step.status === 'COMPLETED'} data-testid="progress-step" data-status={step.status}>
                    <StepLabel
                      error={late}
                      optional={
                        <Typography variant="caption" color={late ? 'error' : 'text.secondary'} component="div">
                          {translate(`app.enums.step_instance_status.${step.status}`, { _: step.status })}
                          {step.required ? '' : ` · ${t('progress.optional')}`}
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
