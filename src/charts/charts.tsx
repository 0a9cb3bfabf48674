/** One recharts component per dashboard aggregate (supabase/migrations/20250601000260). */
import { useMemo, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ENUMS } from '../common/enums';
import { formatDuration } from '../operations/time';
import { BucketControl, ChartCard, DateRangeControl } from './ChartCard';
import { defaultBucket, hasAnyValue, pipelineSeries, revenueSeries, type Bucket, type LinkState } from './period';
import { useRpcQuery } from './useRpcQuery';
import { axisProps, tooltipProps, useChartColors } from './useChartColors';
import { useChartFormat } from './useChartFormat';
import { useRangeState } from './useRangeState';

const useBucket = (initial: Bucket) => useState<Bucket>(initial);

export const RevenueChart = () => {
  const t = useTranslate();
  const c = useChartColors();
  const f = useChartFormat();
  const { range, setRange, params } = useRangeState(180);
  const [bucket, setBucket] = useBucket(defaultBucket(range));
  const { data, loading, error } = useRpcQuery('revenue_by_period', params && { ...params, p_bucket: bucket });
  const { points, currencies } = useMemo(() => revenueSeries(data ?? []), [data]);
  return (
    <ChartCard
      title={t('ops.charts.revenue')}
      testId="chart-revenue"
      loading={loading}
      error={error}
      empty={!hasAnyValue(points, currencies)}
      controls={
        <>
          <DateRangeControl value={range} onChange={setRange} />
          <BucketControl value={bucket} onChange={setBucket} />
        </>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points}>
          <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
          <XAxis dataKey="bucket" {...axisProps(c)} tickFormatter={f.bucket(bucket)} />
          <YAxis {...axisProps(c)} tickFormatter={f.number} />
          <Tooltip {...tooltipProps(c)} labelFormatter={f.bucket(bucket)} formatter={f.money} />
          <Legend />
          {currencies.map((currency, i) => (
            <Line key={currency} type="monotone" dataKey={currency} stroke={c.series[i % c.series.length]} strokeWidth={2} dot={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};

export const OrdersByStatusChart = () => {
  const t = useTranslate();
  const translate = useTranslate();
  const c = useChartColors();
  const f = useChartFormat();
  const { range, setRange, params } = useRangeState(90);
  const { data, loading, error } = useRpcQuery('orders_by_status', params);
  const points = (data ?? []).map((r) => ({
    status: translate(`app.enums.order_status.${r.status}`, { _: r.status }),
    orders: Number(r.orders_count),
  }));
  return (
    <ChartCard
      title={t('ops.charts.orders_by_status')}
      testId="chart-orders-by-status"
      loading={loading}
      error={error}
      empty={!hasAnyValue(points, ['orders'])}
      controls={<DateRangeControl value={range} onChange={setRange} />}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points}>
          <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
          <XAxis dataKey="status" {...axisProps(c)} />
          <YAxis allowDecimals={false} {...axisProps(c)} tickFormatter={f.number} />
          <Tooltip {...tooltipProps(c)} formatter={f.number} />
          <Bar dataKey="orders" name={t('ops.charts.orders')} fill={c.primary} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};

const LinkStatePie = ({ counts }: { counts: Record<LinkState, number> }) => {
  const t = useTranslate();
  const c = useChartColors();
  const f = useChartFormat();
  const colors: Record<LinkState, string> = { used: c.success, active: c.primary, expired: c.warning, cancelled: c.muted };
  const points = (Object.keys(colors) as LinkState[]).map((state) => ({ state, name: t(`ops.charts.${state}`), value: counts[state] }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <PieChart>
        <Pie data={points} dataKey="value" nameKey="name" innerRadius="45%" outerRadius="75%" stroke={c.tooltipBackground}>
          {points.map((p) => (
            <Cell key={p.state} fill={colors[p.state]} />
          ))}
        </Pie>
        <Tooltip {...tooltipProps(c)} formatter={f.number} />
        <Legend />
      </PieChart>
    </ResponsiveContainer>
  );
};

export const LinkConversionChart = () => {
  const t = useTranslate();
  const { range, setRange, params } = useRangeState(90);
  const { data, loading, error } = useRpcQuery('payment_link_conversion', params);
  const row = data?.[0];
  const rate = row?.conversion_rate == null ? '—' : `${(Number(row.conversion_rate) * 100).toFixed(1)} %`;
  return (
    <ChartCard
      title={`${t('ops.charts.link_conversion')} · ${t('ops.charts.conversion', { rate })}`}
      testId="chart-link-conversion"
      loading={loading}
      error={error}
      empty={!row || Number(row.links_created) === 0}
      controls={<DateRangeControl value={range} onChange={setRange} />}
    >
      {row ? (
        <LinkStatePie
          counts={{
            used: Number(row.links_used),
            active: Number(row.links_active),
            expired: Number(row.links_expired),
            cancelled: Number(row.links_cancelled),
          }}
        />
      ) : null}
    </ChartCard>
  );
};

export const PipelineChart = () => {
  const t = useTranslate();
  const translate = useTranslate();
  const c = useChartColors();
  const f = useChartFormat();
  const { data, loading, error } = useRpcQuery('dossier_pipeline', {});
  const { points, statuses } = useMemo(() => pipelineSeries(data ?? [], ENUMS.dossier_status_code), [data]);
  return (
    <ChartCard title={t('ops.charts.pipeline')} testId="chart-pipeline" loading={loading} error={error} empty={points.length === 0}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points}>
          <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
          <XAxis dataKey="type" {...axisProps(c)} />
          <YAxis allowDecimals={false} {...axisProps(c)} tickFormatter={f.number} />
          <Tooltip {...tooltipProps(c)} formatter={f.number} />
          <Legend />
          {statuses.map((status, i) => (
            <Bar
              key={status}
              dataKey={status}
              stackId="status"
              fill={c.series[i % c.series.length]}
              name={translate(`app.enums.dossier_status_code.${status}`, { _: status })}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};

export const AvgStepTimeChart = () => {
  const t = useTranslate();
  const c = useChartColors();
  const f = useChartFormat();
  const { range, setRange, params } = useRangeState(90);
  const { data, loading, error } = useRpcQuery('avg_time_per_step', params);
  const points = (data ?? []).map((r) => ({
    step: r.step_label,
    avg: Number(r.avg_hours),
    max: Number(r.max_hours),
    count: Number(r.completed_count),
  }));
  return (
    <ChartCard
      title={t('ops.charts.avg_step_time')}
      testId="chart-avg-step-time"
      loading={loading}
      error={error}
      empty={points.length === 0}
      controls={<DateRangeControl value={range} onChange={setRange} />}
      height={Math.max(260, points.length * 34)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} layout="vertical" margin={{ left: 40 }}>
          <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
          <XAxis type="number" {...axisProps(c)} tickFormatter={f.number} />
          <YAxis type="category" dataKey="step" width={150} interval={0} {...axisProps(c)} />
          <Tooltip {...tooltipProps(c)} formatter={f.number} />
          <Legend />
          <Bar dataKey="avg" name={t('ops.charts.avg_hours')} fill={c.primary} />
          <Bar dataKey="max" name={t('ops.charts.max_hours')} fill={c.series[1]} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};

export const ReviewThroughputChart = () => {
  const t = useTranslate();
  const c = useChartColors();
  const f = useChartFormat();
  const { range, setRange, params } = useRangeState(60);
  const [bucket, setBucket] = useBucket(defaultBucket(range));
  const { data, loading, error } = useRpcQuery('review_throughput', params && { ...params, p_bucket: bucket });
  const points = (data ?? []).map((r) => ({ bucket: r.bucket_start, approved: Number(r.approved), rejected: Number(r.rejected) }));
  return (
    <ChartCard
      title={t('ops.charts.review_throughput')}
      testId="chart-review-throughput"
      loading={loading}
      error={error}
      empty={!hasAnyValue(points, ['approved', 'rejected'])}
      controls={
        <>
          <DateRangeControl value={range} onChange={setRange} />
          <BucketControl value={bucket} onChange={setBucket} />
        </>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points}>
          <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
          <XAxis dataKey="bucket" {...axisProps(c)} tickFormatter={f.bucket(bucket)} />
          <YAxis allowDecimals={false} {...axisProps(c)} tickFormatter={f.number} />
          <Tooltip {...tooltipProps(c)} labelFormatter={f.bucket(bucket)} formatter={f.number} />
          <Legend />
          <Bar dataKey="approved" stackId="r" name={t('ops.charts.approved')} fill={c.success} />
          <Bar dataKey="rejected" stackId="r" name={t('ops.charts.rejected')} fill={c.error} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};

const Stat = ({ label, value, testId }: { label: string; value: string; testId?: string }) => (
  <Box data-testid={testId}>
    <Typography variant="h4" component="p">
      {value}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
  </Box>
);

export const ReviewQueueAgeCard = () => {
  const t = useTranslate();
  const { data, loading, error } = useRpcQuery('review_queue_age', {});
  const row = data?.[0];
  const hours = (v: number | null | undefined) => (v == null ? '—' : formatDuration(Number(v) * 3_600_000, t));
  return (
    <ChartCard title={t('ops.charts.review_queue')} testId="chart-review-queue" loading={loading} error={error} empty={!row} height={120}>
      <Stack direction="row" spacing={4}>
        <Stat label={t('ops.charts.pending_versions')} value={String(row?.pending_versions ?? 0)} testId="review-queue-size" />
        <Stat label={t('ops.charts.oldest')} value={hours(row?.max_age_hours)} />
        <Stat label={t('ops.charts.avg_age')} value={hours(row?.avg_age_hours)} />
      </Stack>
    </ChartCard>
  );
};

export const OverdueStepsChart = () => {
  const t = useTranslate();
  const c = useChartColors();
  const f = useChartFormat();
  const { data, loading, error } = useRpcQuery('overdue_steps', {});
  const byStep = useMemo(() => {
    const map = new Map<string, number>();
    for (const row of data ?? []) map.set(row.step_label, (map.get(row.step_label) ?? 0) + 1);
    return [...map.entries()].map(([step, count]) => ({ step, count })).sort((a, b) => b.count - a.count);
  }, [data]);
  return (
    <ChartCard
      title={`${t('ops.charts.overdue_steps')} (${data?.length ?? 0})`}
      testId="chart-overdue-steps"
      loading={loading}
      error={error}
      empty={byStep.length === 0}
      height={Math.max(260, byStep.length * 26)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={byStep} layout="vertical" margin={{ left: 40 }}>
          <CartesianGrid stroke={c.grid} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} {...axisProps(c)} tickFormatter={f.number} />
          <YAxis type="category" dataKey="step" width={150} interval={0} {...axisProps(c)} />
          <Tooltip {...tooltipProps(c)} formatter={f.number} />
          <Bar dataKey="count" name={t('ops.charts.overdue')} fill={c.warning} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};

/** AGENT: their own payment links by state, counted in SQL (my_payment_links_summary). */
export const MyLinksChart = () => {
  const t = useTranslate();
  const { range, setRange, params } = useRangeState(90);
  const { data, loading, error } = useRpcQuery('my_payment_links_summary', params);
  const counts = useMemo(() => {
    const result: Record<LinkState, number> = { used: 0, active: 0, expired: 0, cancelled: 0 };
    for (const row of data ?? []) if (row.state in result) result[row.state as LinkState] = row.links_count;
    return result;
  }, [data]);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <ChartCard
      title={t('ops.charts.my_links')}
      testId="chart-my-links"
      loading={loading}
      error={error}
      empty={total === 0}
      controls={<DateRangeControl value={range} onChange={setRange} />}
    >
      <LinkStatePie counts={counts} />
    </ChartCard>
  );
};

/** AGENT: open steps assigned to them, overdue ones apart, counted in SQL (my_open_steps_summary). */
export const MyOpenStepsCard = () => {
  const t = useTranslate();
  const f = useChartFormat();
  const { data, loading, error } = useRpcQuery('my_open_steps_summary', {});
  const summary = data?.[0];
  return (
    <ChartCard
      title={t('ops.charts.my_open_steps')}
      testId="chart-my-open-steps"
      loading={loading}
      error={error}
      empty={false}
      height={120}
    >
      <Stack direction="row" spacing={4}>
        <Stat label={t('ops.charts.open')} value={String(summary?.open_count ?? 0)} testId="my-open-steps-count" />
        <Stat label={t('ops.charts.overdue')} value={String(summary?.overdue_count ?? 0)} />
        {summary?.next_due_at ? <Stat label={t('ops.charts.next_due')} value={f.date(new Date(summary.next_due_at))} /> : null}
      </Stack>
    </ChartCard>
  );
};
