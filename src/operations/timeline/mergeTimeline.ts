/**
 * One dossier's history in time order, from four sources: status history, events, messages and
 * document reviews. Events that only repeat a row shown from a richer source are dropped (a
 * status-change event next to its history row, MESSAGE_SENT next to its message, DOCUMENT_REVIEWED
 * next to its review). Pure: tested in mergeTimeline.test.ts.
 */
import type { Enums } from '../../types/rows';

export type ActorType = Enums<'actor_type'>;

export interface StatusHistoryRow {
  id: string;
  created_at: string;
  old_status: string | null;
  new_status: string | null;
  changed_by_type?: ActorType | null;
  changed_by_id?: string | null;
  metadata?: Record<string, unknown> | null;
}

export interface EventRow {
  id: string;
  created_at: string;
  event_type: string;
  entity_type?: string;
  entity_id?: string;
  actor_type?: ActorType | null;
  actor_id?: string | null;
  payload?: Record<string, unknown> | null;
}

export interface MessageRow {
  id: string;
  created_at: string;
  body: string;
  sender_type?: ActorType | null;
  sender_id?: string | null;
}

export interface ReviewRow {
  id: string;
  created_at: string;
  decision: string;
  notes?: string | null;
  reviewer_id?: string | null;
  document_version_id?: string | null;
}

export type TimelineItem =
  | { kind: 'status'; id: string; at: string; actorType: ActorType | null; actorId: string | null; row: StatusHistoryRow }
  | { kind: 'event'; id: string; at: string; actorType: ActorType | null; actorId: string | null; row: EventRow }
  | { kind: 'message'; id: string; at: string; actorType: ActorType | null; actorId: string | null; row: MessageRow }
  | { kind: 'review'; id: string; at: string; actorType: ActorType | null; actorId: string | null; row: ReviewRow };

export interface TimelineSources {
  history?: readonly StatusHistoryRow[];
  events?: readonly EventRow[];
  messages?: readonly MessageRow[];
  reviews?: readonly ReviewRow[];
}

/** How close (ms) a status event and its history row are written (same transaction in practice). */
const SAME_CHANGE_MS = 5_000;
const KIND_ORDER: Record<TimelineItem['kind'], number> = { status: 0, review: 1, message: 2, event: 3 };

const time = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
};

function repeatsHistory(event: EventRow, history: readonly StatusHistoryRow[]): boolean {
  if (event.event_type !== 'DOSSIER_STATUS_CHANGED') return false;
  const newStatus = event.payload?.new_status;
  return history.some((h) => h.new_status === newStatus && Math.abs(time(h.created_at) - time(event.created_at)) <= SAME_CHANGE_MS);
}

export function mergeTimeline(sources: TimelineSources, order: 'asc' | 'desc' = 'asc'): TimelineItem[] {
  const history = sources.history ?? [];
  const messageIds = new Set((sources.messages ?? []).map((m) => m.id));
  const reviewIds = new Set((sources.reviews ?? []).map((r) => r.id));
  const items: TimelineItem[] = [
    ...history.map((row): TimelineItem => ({
      kind: 'status',
      id: `status:${row.id}`,
      at: row.created_at,
      actorType: row.changed_by_type ?? null,
      actorId: row.changed_by_id ?? null,
      row,
    })),
    ...(sources.events ?? [])
      .filter((row) => !repeatsHistory(row, history))
      .filter((row) => !(row.event_type === 'MESSAGE_SENT' && messageIds.has(String(row.payload?.message_id))))
      .filter((row) => !(row.event_type === 'DOCUMENT_REVIEWED' && reviewIds.has(String(row.payload?.review_id))))
      .map((row): TimelineItem => ({
        kind: 'event',
        id: `event:${row.id}`,
        at: row.created_at,
        actorType: row.actor_type ?? null,
        actorId: row.actor_id ?? null,
        row,
      })),
    ...(sources.messages ?? []).map((row): TimelineItem => ({
      kind: 'message',
      id: `message:${row.id}`,
      at: row.created_at,
      actorType: row.sender_type ?? (row.sender_id ? null : 'SYSTEM'),
      actorId: row.sender_id ?? null,
      row,
    })),
    ...(sources.reviews ?? []).map((row): TimelineItem => ({
      kind: 'review',
      id: `review:${row.id}`,
      at: row.created_at,
      actorType: 'AGENT',
      actorId: row.reviewer_id ?? null,
      row,
    })),
  ];
  const direction = order === 'asc' ? 1 : -1;
  return items.sort(
    (a, b) => (time(a.at) - time(b.at)) * direction || (KIND_ORDER[a.kind] - KIND_ORDER[b.kind]) * direction || a.id.localeCompare(b.id),
  );
}
