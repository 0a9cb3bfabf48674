import { describe, expect, it } from 'vitest';
import { mergeTimeline } from './mergeTimeline';

const t = (minute: number, second = 0) => new Date(Date.UTC(2026, 0, 1, 10, minute, second)).toISOString();

describe('mergeTimeline', () => {
  const history = [
    { id: 'h1', created_at: t(0), old_status: null, new_status: 'QUALIFICATION', changed_by_type: 'SYSTEM' as const },
    {
      id: 'h2',
      created_at: t(30),
      old_status: 'QUALIFICATION',
      new_status: 'IN_PROGRESS',
      changed_by_type: 'AGENT' as const,
      changed_by_id: 'a1',
    },
  ];
  const events = [
    { id: 'e1', created_at: t(0), event_type: 'DOSSIER_CREATED', payload: {} },
    { id: 'e2', created_at: t(30, 1), event_type: 'DOSSIER_STATUS_CHANGED', payload: { new_status: 'IN_PROGRESS' } },
    { id: 'e3', created_at: t(10), event_type: 'MESSAGE_SENT', payload: { message_id: 'm1' } },
    { id: 'e4', created_at: t(20), event_type: 'DOCUMENT_REVIEWED', payload: { review_id: 'r1' } },
    { id: 'e5', created_at: t(25), event_type: 'STEP_COMPLETED', actor_type: 'AGENT' as const, actor_id: 'a1', payload: {} },
    { id: 'e6', created_at: t(50), event_type: 'DOSSIER_STATUS_CHANGED', payload: { new_status: 'COMPLETED' } },
  ];
  const messages = [{ id: 'm1', created_at: t(10), body: 'Hello', sender_type: 'USER' as const, sender_id: 'u1' }];
  const reviews = [{ id: 'r1', created_at: t(20), decision: 'APPROVED', reviewer_id: 'rv' }];

  it('merges every source in time order', () => {
    const ids = mergeTimeline({ history, events, messages, reviews }).map((i) => i.id);
    expect(ids).toEqual(['status:h1', 'event:e1', 'message:m1', 'review:r1', 'event:e5', 'status:h2', 'event:e6']);
  });

  it('drops events that repeat a history row, a message or a review, and keeps the others', () => {
    const ids = mergeTimeline({ history, events, messages, reviews }).map((i) => i.id);
    expect(ids).not.toContain('event:e2');
    expect(ids).not.toContain('event:e3');
    expect(ids).not.toContain('event:e4');
    // no matching history row: the status event stays
    expect(ids).toContain('event:e6');
  });

  it('keeps the events when their source rows are not loaded', () => {
    const ids = mergeTimeline({ events }).map((i) => i.id);
    expect(ids).toHaveLength(events.length);
  });

  it('sorts newest first on demand, ties broken by kind then id', () => {
    const items = mergeTimeline({ history, events: [], messages, reviews }, 'desc');
    expect(items.map((i) => i.id)).toEqual(['status:h2', 'review:r1', 'message:m1', 'status:h1']);
    const tie = mergeTimeline({
      history: [{ id: 'h', created_at: t(1), old_status: null, new_status: 'X' }],
      messages: [{ id: 'm', created_at: t(1), body: 'b' }],
    });
    expect(tie.map((i) => i.kind)).toEqual(['status', 'message']);
  });

  it('tells actors apart: sender type, reviewer as agent, system for a sender-less message', () => {
    const items = mergeTimeline({ messages: [...messages, { id: 'm2', created_at: t(11), body: 'auto' }], reviews });
    expect(items.map((i) => [i.id, i.actorType, i.actorId])).toEqual([
      ['message:m1', 'USER', 'u1'],
      ['message:m2', 'SYSTEM', null],
      ['review:r1', 'AGENT', 'rv'],
    ]);
  });

  it('returns an empty list for no input', () => {
    expect(mergeTimeline({})).toEqual([]);
  });
});
