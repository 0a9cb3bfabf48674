import { describe, expect, it } from 'vitest';
import { boardColumn, dueDate, groupBoard, isOverdue, overdueHours, workloads, type BoardStep } from './stepBoard';

const now = new Date('2026-03-10T12:00:00Z');
const step = (over: Partial<BoardStep>): BoardStep => ({
  id: 's', status: 'IN_PROGRESS', assigned_to: null, started_at: null, due_at: null, ...over,
});

describe('overdue computation', () => {
  it('uses due_at when set', () => {
    expect(overdueHours(step({ due_at: '2026-03-10T09:00:00Z' }), now)).toBe(3);
    expect(isOverdue(step({ due_at: '2026-03-10T13:00:00Z' }), now)).toBe(false);
  });

  it('falls back to started_at + estimated duration', () => {
    const s = step({ started_at: '2026-03-08T12:00:00Z', estimated_duration_hours: 24 });
    expect(dueDate(s)?.toISOString()).toBe('2026-03-09T12:00:00.000Z');
    expect(overdueHours(s, now)).toBe(24);
  });

  it('is never overdue without a due date, nor once completed', () => {
    expect(overdueHours(step({}), now)).toBeNull();
    expect(isOverdue(step({ status: 'COMPLETED', due_at: '2026-01-01T00:00:00Z' }), now)).toBe(false);
    expect(isOverdue(step({ completed_at: '2026-03-01T00:00:00Z', due_at: '2026-01-01T00:00:00Z' }), now)).toBe(false);
  });

  it('is not overdue exactly at the due time', () => {
    expect(isOverdue(step({ due_at: now.toISOString() }), now)).toBe(false);
  });
});

describe('board columns', () => {
  it('puts overdue first, then assignment', () => {
    expect(boardColumn(step({ assigned_to: 'a', due_at: '2026-03-01T00:00:00Z' }), now)).toBe('overdue');
    expect(boardColumn(step({ due_at: '2026-03-01T00:00:00Z' }), now)).toBe('overdue');
    expect(boardColumn(step({ assigned_to: 'a' }), now)).toBe('assigned');
    expect(boardColumn(step({ status: 'PENDING' }), now)).toBe('unassigned');
    expect(boardColumn(step({ status: 'COMPLETED' }), now)).toBeNull();
    expect(boardColumn(step({ status: 'SKIPPED' }), now)).toBeNull();
  });

  it('groups and sorts: most overdue first, others current steps first then by due date', () => {
    const board = groupBoard([
      step({ id: 'o1', due_at: '2026-03-10T11:00:00Z' }),
      step({ id: 'o2', due_at: '2026-03-09T11:00:00Z' }),
      step({ id: 'u-late', due_at: '2026-03-20T00:00:00Z' }),
      step({ id: 'u-soon', due_at: '2026-03-11T00:00:00Z' }),
      step({ id: 'u-none' }),
      step({ id: 'u-later-step', status: 'PENDING', due_at: '2026-03-10T13:00:00Z' }),
      step({ id: 'a1', assigned_to: 'x' }),
      step({ id: 'done', status: 'COMPLETED' }),
    ], now);
    expect(board.overdue.map((s) => s.id)).toEqual(['o2', 'o1']);
    expect(board.unassigned.map((s) => s.id)).toEqual(['u-soon', 'u-late', 'u-none', 'u-later-step']);
    expect(board.assigned.map((s) => s.id)).toEqual(['a1']);
  });
});

describe('workloads', () => {
  it('counts open and overdue steps per agent, idle agents included, busiest first', () => {
    const result = workloads([
      step({ assigned_to: 'a' }),
      step({ assigned_to: 'a', due_at: '2026-03-01T00:00:00Z' }),
      step({ assigned_to: 'b' }),
      step({ assigned_to: 'b', status: 'COMPLETED' }),
      step({}),
    ], ['c', 'b', 'a'], now);
    expect(result).toEqual([
      { agentId: 'a', open: 2, overdue: 1 },
      { agentId: 'b', open: 1, overdue: 0 },
      { agentId: 'c', open: 0, overdue: 0 },
    ]);
  });
});
