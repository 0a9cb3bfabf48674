import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../i18n/i18nProvider';
import { renderOps } from '../operations/renderOps';
import { ChartCard } from './ChartCard';
import { MyLinksChart, MyOpenStepsCard, OrdersByStatusChart, PipelineChart, ReviewQueueAgeCard } from './charts';
import { CHARTS_BY_ROLE, chartsForRole } from './RoleDashboard';

const renderWith = (rpc: (...args: unknown[]) => Promise<unknown>, ui: React.ReactElement) => renderOps(ui, { rpc });
const inContext = (ui: React.ReactElement) => <AdminContext i18nProvider={createI18nProvider('en')}>{ui}</AdminContext>;

describe('ChartCard', () => {
  it('shows loading, error, empty and ready states', () => {
    const { rerender } = render(
      inContext(
        <ChartCard title="T" testId="c" loading error={null} empty={false}>
          chart
        </ChartCard>,
      ),
    );
    expect(screen.getByTestId('c').getAttribute('data-state')).toBe('loading');
    rerender(
      inContext(
        <ChartCard title="T" testId="c" loading={false} error="boom" empty={false}>
          chart
        </ChartCard>,
      ),
    );
    expect(screen.getByRole('alert').textContent).toContain('boom');
    rerender(
      inContext(
        <ChartCard title="T" testId="c" loading={false} error={null} empty>
          chart
        </ChartCard>,
      ),
    );
    expect(screen.getByTestId('chart-empty').textContent).toBe('No data for this period');
    rerender(
      inContext(
        <ChartCard title="T" testId="c" loading={false} error={null} empty={false}>
          chart
        </ChartCard>,
      ),
    );
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

describe("the agent's own numbers, counted in SQL", () => {
  it('asks my_open_steps_summary and shows its counts (no step rows read)', async () => {
    const rpc = vi.fn().mockResolvedValue([{ open_count: 1234, overdue_count: 56, next_due_at: null }]);
    renderWith(rpc, <MyOpenStepsCard />);
    expect((await screen.findByTestId('my-open-steps-count')).textContent).toContain('1234');
    expect(screen.getByTestId('chart-my-open-steps').textContent).toContain('56');
    expect(rpc).toHaveBeenCalledWith('my_open_steps_summary', {});
  });

  it('asks my_payment_links_summary for the period and is empty when every count is zero', async () => {
    const rpc = vi.fn().mockResolvedValue([
      { state: 'used', links_count: 0 },
      { state: 'active', links_count: 0 },
      { state: 'expired', links_count: 0 },
      { state: 'cancelled', links_count: 0 },
    ]);
    renderWith(rpc, <MyLinksChart />);
    await waitFor(() => expect(screen.getByTestId('chart-my-links').getAttribute('data-state')).toBe('empty'));
    const [fn, args] = rpc.mock.calls[0]!;
    expect(fn).toBe('my_payment_links_summary');
    expect(Object.keys(args as object).sort()).toEqual(['p_from', 'p_to']);
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
