import { describe, expect, it } from 'vitest';
import { defaultBucket, lastDays, pipelineSeries, rangeParams, rangeProblem, revenueSeries } from './period';

describe('date ranges', () => {
  it('covers the last N days, today included', () => {
    expect(lastDays(7, new Date(2026, 2, 10, 15))).toEqual({ from: '2026-03-04', to: '2026-03-10' });
  });

  it('queries whole days, half-open', () => {
    const { p_from, p_to } = rangeParams({ from: '2026-03-01', to: '2026-03-31' });
    expect(p_from).toBe(new Date(2026, 2, 1).toISOString());
    expect(p_to).toBe(new Date(2026, 3, 1).toISOString());
  });

  it('refuses reversed or incomplete ranges', () => {
    expect(rangeProblem({ from: '2026-03-02', to: '2026-03-01' })).toBe('order');
    expect(rangeProblem({ from: '', to: '2026-03-01' })).toBe('missing');
    expect(rangeProblem({ from: '2026-03-01', to: '2026-03-01' })).toBeNull();
  });

  it('picks a bucket that keeps charts readable', () => {
    expect(defaultBucket({ from: '2026-03-01', to: '2026-03-31' })).toBe('day');
    expect(defaultBucket({ from: '2026-01-01', to: '2026-05-31' })).toBe('week');
    expect(defaultBucket({ from: '2025-01-01', to: '2026-05-31' })).toBe('month');
  });
});

describe('series', () => {
  it('pivots revenue per bucket and currency, in major units', () => {
    const { points, currencies } = revenueSeries([
      { bucket_start: '2026-02-01', currency: 'USD', orders_count: 1, revenue: 1000, refunded: 0 },
      { bucket_start: '2026-01-01', currency: 'USD', orders_count: 2, revenue: 25050, refunded: 0 },
      { bucket_start: '2026-01-01', currency: 'EUR', orders_count: 1, revenue: 500, refunded: 0 },
    ]);
    expect(currencies).toEqual(['EUR', 'USD']);
    expect(points).toEqual([
      { bucket: '2026-01-01', orders: 3, USD: 250.5, EUR: 5 },
      { bucket: '2026-02-01', orders: 1, USD: 10 },
    ]);
  });

  it('stacks the pipeline by type, statuses in lifecycle order', () => {
    const { points, statuses } = pipelineSeries(
      [
        { type: 'LLC', status: 'COMPLETED', dossiers_count: 2 },
        { type: 'LLC', status: 'QUALIFICATION', dossiers_count: 1 },
        { type: 'CORP', status: 'QUALIFICATION', dossiers_count: 4 },
      ],
      ['QUALIFICATION', 'IN_PROGRESS', 'COMPLETED'],
    );
    expect(statuses).toEqual(['QUALIFICATION', 'COMPLETED']);
    expect(points).toEqual([
      { type: 'LLC', COMPLETED: 2, QUALIFICATION: 1 },
      { type: 'CORP', QUALIFICATION: 4 },
    ]);
  });
});
