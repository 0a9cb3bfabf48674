/** Date ranges and data shaping of the dashboard charts. Pure: tested in period.test.ts. */
import type { PaymentLinkStatus } from '../payment_links/status';
import type { RpcRow } from '../types/rows';

export type Bucket = 'day' | 'week' | 'month';

export interface DateRange {
  /** YYYY-MM-DD, the user's days, both included. */
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const toDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The last `days` days up to today. */
export function lastDays(days: number, now = new Date()): DateRange {
  const from = new Date(now);
  from.setDate(from.getDate() - (days - 1));
  return { from: toDay(from), to: toDay(now) };
}

/** A readable problem with the range, or null when it can be queried. */
export function rangeProblem(range: DateRange): 'missing' | 'order' | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(range.from) || !/^\d{4}-\d{2}-\d{2}$/.test(range.to)) return 'missing';
  if (range.from > range.to) return 'order';
  return null;
}

/** Half-open [from, to) timestamps for the SQL aggregates: the whole last day included. */
export function rangeParams(range: DateRange): { p_from: string; p_to: string } {
  const from = new Date(`${range.from}T00:00:00`);
  const to = new Date(`${range.to}T00:00:00`);
  to.setDate(to.getDate() + 1);
  return { p_from: from.toISOString(), p_to: to.toISOString() };
}

/** A sensible bucket for a range: days up to ~2 months, weeks up to ~6 months, then months. */
export function defaultBucket(range: DateRange): Bucket {
  const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
  if (days <= 62) return 'day';
  if (days <= 190) return 'week';
  return 'month';
}

/** A row of revenue_by_period (generated types). */
export type RevenueRow = RpcRow<'revenue_by_period'>;

/** One point per bucket; amounts in major units (cents / 100), one key per currency. */
export function revenueSeries(rows: readonly RevenueRow[]): { points: Record<string, number | string>[]; currencies: string[] } {
  const currencies = [...new Set(rows.map((r) => r.currency))].sort();
  const byBucket = new Map<string, Record<string, number | string>>();
  for (const row of rows) {
    const point = byBucket.get(row.bucket_start) ?? { bucket: row.bucket_start, orders: 0 };
    point[row.currency] = Number(row.revenue) / 100;
    point.orders = Number(point.orders) + Number(row.orders_count);
    byBucket.set(row.bucket_start, point);
  }
  return { points: [...byBucket.values()].sort((a, b) => String(a.bucket).localeCompare(String(b.bucket))), currencies };
}

export const hasAnyValue = (points: readonly Record<string, unknown>[], keys: readonly string[]) =>
  points.some((p) => keys.some((k) => Number(p[k] ?? 0) !== 0));

/** A row of dossier_pipeline (generated types). */
export type PipelineRow = RpcRow<'dossier_pipeline'>;

/** Stacked bars: one row per dossier type, one key per status. */
export function pipelineSeries(rows: readonly PipelineRow[], statusOrder: readonly string[]) {
  const statuses = statusOrder.filter((s) => rows.some((r) => r.status === s));
  const byType = new Map<string, Record<string, number | string>>();
  for (const row of rows) {
    const point = byType.get(row.type) ?? { type: row.type };
    point[row.status] = Number(point[row.status] ?? 0) + Number(row.dossiers_count);
    byType.set(row.type, point);
  }
  return { points: [...byType.values()], statuses };
}

/** Formats a bucket start for an axis: day "Mar 5", week "W10 Mar 2", month "Mar 2026". */
export function bucketLabel(iso: string, bucket: Bucket, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (bucket === 'month') return date.toLocaleDateString(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return date.toLocaleDateString(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** A payment link's state: the database's public.status(payment_links), selected as `status`. */
export type LinkState = PaymentLinkStatus;
