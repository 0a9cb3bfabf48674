import { Alert, Box, Card, CardContent, CircularProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { DayTextField } from '../common/DayTextField';
import { rangeProblem, type Bucket, type DateRange } from './period';
import { useTranslate } from 'react-admin';

export interface ChartCardProps {
  title: string;
  testId: string;
  loading: boolean;
  error: string | null;
  empty: boolean;
  controls?: ReactNode;
  height?: number;
  children: ReactNode;
}

/** A chart's frame: title, controls, and its loading, error and empty states. */
export const ChartCard = ({ title, testId, loading, error, empty, controls, height = 260, children }: ChartCardProps) => {
  const t = useTranslate();
  const state = loading ? 'loading' : error ? 'error' : empty ? 'empty' : 'ready';
  return (
    <Card variant="outlined" data-testid={testId} data-state={state} sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} alignItems={{ sm: 'center' }} sx={{ mb: 1 }}>
          <Typography variant="subtitle1" component="h2" sx={{ flex: 1 }}>
            {title}
          </Typography>
          {controls}
        </Stack>
        <Box sx={{ height, position: 'relative' }}>
          {state === 'loading' ? (
            <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', height: '100%' }}>
              <CircularProgress size={28} aria-label={t('ops.common.loading')} />
            </Box>
          ) : null}
          {state === 'error' ? <Alert severity="error">{t('ops.common.error', { message: error })}</Alert> : null}
          {state === 'empty' ? (
            <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', height: '100%' }}>
              <Typography color="text.secondary" data-testid="chart-empty">
                {t('ops.charts.no_data')}
              </Typography>
            </Box>
          ) : null}
          {state === 'ready' ? children : null}
        </Box>
      </CardContent>
    </Card>
  );
};

export const DateRangeControl = ({ value, onChange }: { value: DateRange; onChange(range: DateRange): void }) => {
  const t = useTranslate();
  const problem = rangeProblem(value);
  return (
    <Stack direction="row" spacing={1}>
      <DayTextField
        fullWidth={false}
        size="small"
        label={t('ops.common.from')}
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
        error={problem === 'missing' && !value.from}
      />
      <DayTextField
        fullWidth={false}
        size="small"
        label={t('ops.common.to')}
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
        error={problem !== null}
      />
    </Stack>
  );
};

export const BucketControl = ({ value, onChange }: { value: Bucket; onChange(bucket: Bucket): void }) => {
  const t = useTranslate();
  return (
    <TextField
      fullWidth={false}
      select
      size="small"
      label={t('ops.charts.bucket')}
      value={value}
      onChange={(e) => onChange(e.target.value as Bucket)}
      sx={{ minWidth: 110 }}
    >
      {(['day', 'week', 'month'] as const).map((b) => (
        <MenuItem key={b} value={b}>
          {t(`ops.charts.${b}`)}
        </MenuItem>
      ))}
    </TextField>
  );
};
