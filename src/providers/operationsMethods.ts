/**
 * The operations screens' reads, as typed custom methods of the data provider (issue 13 "one
 * data path"): supabase-js query builders (no hand-built PostgREST strings) and supabase-js
 * Storage for signed URLs. Each request has the fast form of docs/performance.md §2 (issue 9
 * item 2); operationsMethods.test.ts pins the request each one sends so a slow form cannot come
 * back. Row-level security decides on the server; the views are SECURITY INVOKER
 * (supabase/migrations/20250601000820..0823).
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '../types/database.types';
import {
  ACTIVITY_PAGE_SIZE,
  BOARD_ORDER,
  boardColumnConditions,
  cursorCondition,
  dayStart,
  EVENT_SELECT,
  nextDayStart,
  QUEUE_SELECT,
  searchPattern,
  type ActivityFilters,
  type BoardColumnKey,
  type BoardFilters,
  type Cursor,
} from './operationsQueries';

type Views = Database['public']['Views'];
/** A view row whose listed columns are never null (views make every column nullable). */
type Present<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };

export type StepBoardRow = Present<
  Views['step_board']['Row'],
  'id' | 'dossier_id' | 'status' | 'board_column' | 'documents_total' | 'documents_approved'
>;
export type WorkloadRow = Present<Views['step_workloads']['Row'], 'agent_id' | 'open_count' | 'overdue_count'>;
export type AssignableAgent = Present<Views['assignable_agents']['Row'], 'id'>;
export type DossierLookupRow = Present<Views['dossier_lookup']['Row'], 'id'>;
export type DossierReviewRow = Present<Views['dossier_reviews']['Row'], 'id' | 'created_at' | 'decision'>;
type Tables = Database['public']['Tables'];
/** JSON objects as the screens read them (payloads, metadata). */
type JsonObject = Record<string, unknown> | null;
export type ActivityEvent = Pick<
  Tables['events']['Row'],
  'id' | 'created_at' | 'event_type' | 'entity_type' | 'entity_id' | 'actor_type' | 'actor_id'
> & { payload: JsonObject };
export type StatusHistoryEntry = Omit<Tables['dossier_status_history']['Row'], 'metadata'> & { metadata: JsonObject };

export type QueueVersion = Pick<
  Tables['document_versions']['Row'],
  'id' | 'version_number' | 'file_name' | 'mime_type' | 'file_size_bytes' | 'storage_path' | 'uploaded_at'
>;

/** A PENDING document of the review queue with its latest version. */
export type QueueItem = Pick<Tables['documents']['Row'], 'id' | 'status' | 'dossier_id' | 'updated_at'> & {
  document_types: { label: string | null; code: string | null } | null;
  dossiers: { id: string; type: string; status: string; profiles: { full_name: string | null; email: string | null } | null } | null;
  version: QueueVersion;
};

export interface TimelineSources {
  history: StatusHistoryEntry[];
  events: ActivityEvent[];
  messages: Pick<Tables['messages']['Row'], 'id' | 'created_at' | 'body' | 'sender_type' | 'sender_id'>[];
  reviews: DossierReviewRow[];
}

export interface DossierStepProgress {
  current: string | null;
  instances: (Pick<
    Tables['step_instances']['Row'],
    'id' | 'step_id' | 'status' | 'assigned_to' | 'started_at' | 'completed_at' | 'due_at'
  > & { steps: { label: string | null; code: string | null; position: number | null } | null })[];
  productSteps: Pick<Tables['product_steps']['Row'], 'step_id' | 'position' | 'is_required'>[];
  overdueIds: string[];
}

export interface Page<T> {
  rows: T[];
  total: number;
}

/** A page of the step board, with the moment its columns were split at (overdue or not). */
export interface BoardPage extends Page<StepBoardRow> {
  asOf: string;
}

export const DOCUMENTS_BUCKET = 'documents';
export const SIGNED_URL_SECONDS = 60;
export const REVIEW_QUEUE_PAGE = 100;
export const TIMELINE_LIMIT = 500;

interface Answer<T> {
  data: T | null;
  error: { message: string; code?: string } | null;
  status: number;
  count?: number | null;
}

/** The data, or an error carrying PostgREST's status and body (dbErrors phrases it). */
const unwrap = <T>({ data, error, status }: Answer<T>): T => {
  if (error) throw Object.assign(new Error(error.message), { status: status >= 400 ? status : 400, body: error });
  return data as T;
};

export const createOperationsMethods = (client: SupabaseClient<Database>) => ({
  /** The activity feed: newest first, keyset-paged, filtered by the indexed `dossier_id`. */
  async getActivityEvents(filters: ActivityFilters, cursor: Cursor | null, pageSize = ACTIVITY_PAGE_SIZE): Promise<ActivityEvent[]> {
    let query = client.from('events').select(EVENT_SELECT);
    if (filters.eventType) query = query.eq('event_type', filters.eventType as ActivityEvent['event_type']);
    if (filters.actorType) query = query.eq('actor_type', filters.actorType as NonNullable<ActivityEvent['actor_type']>);
    if (filters.actorId) query = query.eq('actor_id', filters.actorId.trim());
    if (filters.dossierId) query = query.eq('dossier_id', filters.dossierId.trim().toLowerCase());
    if (filters.from) query = query.gte('created_at', dayStart(filters.from));
    if (filters.to) query = query.lt('created_at', nextDayStart(filters.to));
    if (cursor) query = query.or(cursorCondition(cursor));
    const answer = await query.order('created_at', { ascending: false }).order('id', { ascending: false }).limit(pageSize);
    return unwrap(answer) as ActivityEvent[];
  },

  /** Dossiers the caller may read, found by customer name / e-mail or the start of the id. */
  async lookupDossiers(term: string, limit = 10): Promise<DossierLookupRow[]> {
    const pattern = searchPattern(term);
    if (!pattern) return [];
    const answer = await client
      .from('dossier_lookup')
      .select('id,type,status,customer_name,customer_email')
      .ilike('search_text', pattern)
      .order('created_at', { ascending: false })
      .limit(limit);
    return unwrap(answer) as DossierLookupRow[];
  },

  /** The review queue: PENDING documents, oldest first, each with its latest version. */
  async getReviewQueue(limit = REVIEW_QUEUE_PAGE): Promise<Page<QueueItem>> {
    const answer = await client
      .from('documents')
      .select(QUEUE_SELECT, { count: 'exact' })
      .eq('status', 'PENDING')
      .order('updated_at', { ascending: true })
      .order('id', { ascending: true })
      .order('version_number', { referencedTable: 'document_versions', ascending: false })
      .limit(1, { referencedTable: 'document_versions' })
      .limit(limit);
    type Raw = Omit<QueueItem, 'version'> & { document_versions: QueueVersion[] };
    const rows = (unwrap(answer) ?? []) as unknown as Raw[];
    const items = rows.flatMap(({ document_versions, ...document }) =>
      document_versions[0] ? [{ ...document, version: document_versions[0] }] : [],
    );
    return { rows: items, total: answer.count ?? items.length };
  },

  /** A short-lived signed URL of a file of the private documents bucket (supabase-js Storage). */
  async getDocumentSignedUrl(path: string, expiresIn = SIGNED_URL_SECONDS): Promise<string> {
    const { data, error } = await client.storage.from(DOCUMENTS_BUCKET).createSignedUrl(path, expiresIn);
    if (error || !data?.signedUrl) {
      throw Object.assign(new Error(error?.message ?? 'No signed URL returned'), { status: 400, body: error ?? undefined });
    }
    return data.signedUrl;
  },

  /** The four sources of a dossier's timeline, newest first, each by its indexed dossier_id. */
  async getDossierTimeline(dossierId: string, limit = TIMELINE_LIMIT): Promise<TimelineSources> {
    // A source the caller may not read comes back refused: show what is readable.
    const safe = async <T>(request: PromiseLike<Answer<T[]>>): Promise<T[]> => {
      const answer = await request;
      return answer.error ? [] : (answer.data ?? []);
    };
    const [history, events, messages, reviews] = await Promise.all([
      safe(
        client
          .from('dossier_status_history')
          .select('*')
          .eq('dossier_id', dossierId)
          .order('created_at', { ascending: false })
          .limit(limit),
      ),
      safe(client.from('events').select(EVENT_SELECT).eq('dossier_id', dossierId).order('created_at', { ascending: false }).limit(limit)),
      safe(
        client
          .from('messages')
          .select('id,created_at,body,sender_type,sender_id')
          .eq('dossier_id', dossierId)
          .order('created_at', { ascending: false })
          .limit(limit),
      ),
      safe(client.from('dossier_reviews').select('*').eq('dossier_id', dossierId).order('created_at', { ascending: false }).limit(limit)),
    ]);
    return {
      history: history as StatusHistoryEntry[],
      events: events as ActivityEvent[],
      messages,
      reviews: reviews as DossierReviewRow[],
    };
  },

  /**
   * A dossier's step instances for its stepper, the product's workflow order, and which open
   * steps are overdue (from the step_board read model: "overdue" is computed in SQL only).
   */
  async getDossierStepProgress(dossierId: string): Promise<DossierStepProgress> {
    type DossierRef = Pick<Tables['dossiers']['Row'], 'current_step_instance_id' | 'product_id'>;
    const dossier = unwrap<DossierRef | null>(
      await client.from('dossiers').select('current_step_instance_id,product_id').eq('id', dossierId).maybeSingle(),
    );
    const [instances, productSteps, overdue] = await Promise.all([
      client
        .from('step_instances')
        .select('id,step_id,status,assigned_to,started_at,completed_at,due_at,steps(label,code,position)')
        .eq('dossier_id', dossierId)
        .order('created_at', { ascending: true })
        .limit(100),
      dossier?.product_id
        ? client.from('product_steps').select('step_id,position,is_required').eq('product_id', dossier.product_id)
        : Promise.resolve({ data: [], error: null, status: 200 }),
      client.from('step_board').select('id').eq('dossier_id', dossierId).eq('overdue', true),
    ]);
    return {
      current: dossier?.current_step_instance_id ?? null,
      instances: unwrap(instances) as DossierStepProgress['instances'],
      productSteps: unwrap(productSteps) as DossierStepProgress['productSteps'],
      overdueIds: (unwrap(overdue) ?? []).flatMap((row) => (row.id ? [row.id] : [])),
    };
  },

  /**
   * One page of one column of the step board (or of all open steps: column null), with the
   * exact total of what the filters select. `asOf` (ISO time) splits overdue from the rest: the
   * first page takes now, the next pages of the same column pass the first page's `asOf` on.
   */
  async getStepBoardPage(
    column: BoardColumnKey | null,
    filters: BoardFilters,
    offset: number,
    limit: number,
    asOf = new Date().toISOString(),
  ): Promise<BoardPage> {
    // A search goes through the trigram index (search_step_board), otherwise the view itself; the
    // same filters, order and page either way.
    const search = filters.search?.trim();
    let query = search
      ? client.rpc('search_step_board', { q: search }, { count: 'exact', get: true }).select('*')
      : client.from('step_board').select('*', { count: 'exact' });
    for (const condition of column ? boardColumnConditions(column, asOf) : []) {
      if (condition.op === 'eq') query = query.eq(condition.field, condition.value);
      else if (condition.op === 'lt') query = query.lt(condition.field, condition.value);
      else if (condition.op === 'gte') query = query.gte(condition.field, condition.value);
      else if (condition.op === 'is') query = query.is(condition.field, null);
      else query = query.not(condition.field, 'is', null);
    }
    if (filters.status) query = query.eq('status', filters.status);
    if (filters.assignee === 'none') query = query.is('assigned_to', null);
    else if (filters.assignee) query = query.eq('assigned_to', filters.assignee);
    if (filters.overdueOnly) query = query.lt('due_order', asOf);
    for (const [orderField, ascending] of BOARD_ORDER) {
      query = query.order(orderField, { ascending, nullsFirst: false });
    }
    const answer = await query.range(offset, offset + limit - 1);
    return { rows: (unwrap(answer) ?? []) as StepBoardRow[], total: answer.count ?? 0, asOf };
  },

  /** Open and overdue steps per assignable agent, counted in SQL, busiest first. */
  async getStepWorkloads(): Promise<WorkloadRow[]> {
    const answer = await client
      .from('step_workloads')
      .select('*')
      .order('open_count', { ascending: false })
      .order('overdue_count', { ascending: false })
      .order('full_name', { ascending: true });
    return unwrap(answer) as WorkloadRow[];
  },

  /** Who may be given a step (active agents, role AGENT), by name. */
  async getAssignableAgents(): Promise<AssignableAgent[]> {
    const answer = await client.from('assignable_agents').select('id,full_name').order('full_name', { ascending: true });
    return unwrap(answer) as AssignableAgent[];
  },
});

export type OperationsMethods = ReturnType<typeof createOperationsMethods>;
