import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { ChartCard } from './ChartCard';
import { OrdersByStatusChart, PipelineChart, ReviewQueueAgeCard } from './charts';
import { CHARTS_BY_ROLE, chartsForRole } from './RoleDashboard';

const renderWith = (rpc: (...args: unknown[]) => Promise<unknown>, ui: React.ReactElement) =>
  render(<AdminContext dataProvider={{ rpc } as never}>{ui}</AdminContext>);

describe('ChartCard', () => {
  it('shows loading, error, empty and ready states', () => {
    const { rerender } = render(<ChartCard title="T" testId="c" loading error={null} empty={false}>chart</ChartCard>);
    expect(screen.getByTestId('c').getAttribute('data-state')).toBe('loading');
    rerender(<ChartCard title="T" testId="c" loading={false} error="boom" empty={false}>chart</ChartCard>);
    expect(screen.getByRole('alert').textContent).toContain('boom');
    rerender(<ChartCard title="T" testId="c" loading={false} error={null} empty>chart</ChartCard>);
    expect(screen.getByTestId('chart-empty').textContent).toBe('No data for this period');
    rerender(<ChartCard title="T" testId="c" loading={false} error={null} empty={false}>chart</ChartCard>);
    expect(screen.getByTestId('c').textContent).toContain('chart');
  });
});

describe('charts over the SQL aggregates', () => {
  it('asks orders_by_status for the chosen whole days and stops on a reversed range', async () => {
    const rpc = vi.fn().mockResolvedValue([{ status: 'PAID', orders_count: 3, amount: 100 }]);
    renderWith(rpc, <OrdersByStatusChart />);
    await waitFor(() => expect(screen.getByTestId('chart-orders-by-status').getAttribute('data-state')).toBe('ready'));
    const [fn, args] = rpc.mock.calls[0]!;
    expect(fn).toBe('orders_by_status');
    expect(Date.parse((args as { p_to: string }).p_to) - Date.parse((args as { p_from: string }).p_from)).toBeGreaterThan(80 * 86_400_000);
    const [from] = screen.getAllByLabelText('From');
    fireEvent.change(from!, { target: { value: '2999-01-01' } });
    // The change is rendered (act): the range is flagged, and the chart did not start a new load.
    const [to] = screen.getAllByLabelText('To');
    await waitFor(() => expect(to!.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByTestId('chart-orders-by-status').getAttribute('data-state')).toBe('ready');
    expect(rpc).toHaveBeenCalledTimes(1);
  });

  it('shows the empty state when every count is zero', async () => {
    const rpc = vi.fn().mockResolvedValue([{ status: 'PAID', orders_count: 0, amount: 0 }]);
    renderWith(rpc, <OrdersByStatusChart />);
    await waitFor(() => expect(screen.getByTestId('chart-orders-by-status').getAttribute('data-state')).toBe('empty'));
  });

  it('shows the database refusal as an error', async () => {
    const rpc = vi.fn().mockRejectedValue(new Error('this dashboard is for MANAGER, ADMIN'));
    renderWith(rpc, <PipelineChart />);
    await waitFor(() => expect(screen.getByTestId('chart-pipeline').getAttribute('data-state')).toBe('error'));
    expect(screen.getByRole('alert').textContent).toContain('this dashboard is for MANAGER, ADMIN');
  });

  it('shows the review queue size and age', async () => {
    const rpc = vi.fn().mockResolvedValue([{ pending_versions: 7, oldest_uploaded_at: null, avg_age_hours: 5.4, max_age_hours: 30 }]);
    renderWith(rpc, <ReviewQueueAgeCard />);
    expect((await screen.findByTestId('review-queue-size')).textContent).toContain('7');
    expect(screen.getByTestId('chart-review-queue').textContent).toContain('1 d 6 h');
  });
});

describe('chartsForRole', () => {
  it('gives managers and admins every aggregate, agents and reviewers their own', () => {
    expect(chartsForRole('MANAGER')).toHaveLength(8);
    expect(chartsForRole('ADMIN')).toBe(CHARTS_BY_ROLE.MANAGER);
    expect(chartsForRole('REVIEWER')).toEqual([ReviewQueueAgeCard]);
    expect(chartsForRole('AGENT').map((c) => c.name)).toEqual(['MyOpenStepsCard', 'MyLinksChart', 'OverdueStepsChart']);
    expect(chartsForRole(null)).toEqual([]);
    expect(chartsForRole('CUSTOMER')).toEqual([]);
  });
});
