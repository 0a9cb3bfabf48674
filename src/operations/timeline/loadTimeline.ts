/** The four sources of a dossier's timeline (row-level security decides what the caller gets). */
import type { OpsApi } from '../api';
import { mergeTimeline, type EventRow, type MessageRow, type ReviewRow, type StatusHistoryRow, type TimelineItem } from './mergeTimeline';

export interface ReviewWithDocument extends ReviewRow {
  document_versions?: { version_number: number | null; file_name: string | null; documents?: { document_types?: { label: string | null } | null } | null } | null;
}

const LIMIT = '500';

export async function loadDossierTimeline(api: OpsApi, dossierId: string): Promise<TimelineItem[]> {
  // Sources the caller may not read (e.g. events for a customer) come back empty or refused:
  // show what is readable rather than nothing.
  const safe = <T,>(promise: Promise<T[]>) => promise.catch(() => [] as T[]);
  const [history, events, messages, reviews] = await Promise.all([
    safe(api.select<StatusHistoryRow>('dossier_status_history', {
      select: 'id,created_at,old_status,new_status,changed_by_type,changed_by_id,metadata',
      dossier_id: `eq.${dossierId}`, order: 'created_at.asc', limit: LIMIT,
    })),
    safe(api.select<EventRow>('events', {
      select: 'id,created_at,event_type,entity_type,entity_id,actor_type,actor_id,payload',
      'payload->>dossier_id': `eq.${dossierId}`, order: 'created_at.asc', limit: LIMIT,
    })),
    safe(api.select<MessageRow>('messages', {
      select: 'id,created_at,body,sender_type,sender_id',
      dossier_id: `eq.${dossierId}`, order: 'created_at.asc', limit: LIMIT,
    })),
    safe(api.select<ReviewWithDocument>('document_reviews', {
      select: 'id,created_at,decision,notes,reviewer_id,document_version_id,' +
        'document_versions!inner(version_number,file_name,documents!inner(dossier_id,document_types(label)))',
      'document_versions.documents.dossier_id': `eq.${dossierId}`, order: 'created_at.asc', limit: LIMIT,
    })),
  ]);
  return mergeTimeline({ history, events, messages, reviews }, 'desc');
}
