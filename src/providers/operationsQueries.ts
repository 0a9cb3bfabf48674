/**
 * The pure parts of the operations requests (operationsMethods.ts): selects, filters, orders,
 * cursors, search patterns. No I/O.
 */

/** The activity feed's filters (dates are the user's days, YYYY-MM-DD). */
export interface ActivityFilters {
  eventType?: string;
  actorType?: string;
  actorId?: string;
  dossierId?: string;
  from?: string;
  to?: string;
}

/** Where the previous page of the (newest first) feed ended. */
export interface Cursor {
  created_at: string;
  id: string;
}

export const ACTIVITY_PAGE_SIZE = 50;

export const EVENT_SELECT = 'id,created_at,event_type,entity_type,entity_id,actor_type,actor_id,payload';

/**
 * A PENDING document with its type, dossier and customer (to-one embeds), and its latest version
 * (the to-many embed is limited to one row, newest version first).
 */
export const QUEUE_SELECT =
  'id,status,dossier_id,updated_at,document_types(label,code),dossiers(id,type,status,profiles(full_name,email)),' +
  'document_versions(id,version_number,file_name,mime_type,file_size_bytes,storage_path,uploaded_at)';

/** Midnight of the user's day, as an ISO instant. */
export const dayStart = (day: string) => new Date(`${day}T00:00:00`).toISOString();

/** Midnight after the user's day (the exclusive end of a day range). */
export const nextDayStart = (day: string) => {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + 1);
  return date.toISOString();
};

/** Rows strictly after the cursor in `created_at desc, id desc` order (a PostgREST `or`). */
export const cursorCondition = (cursor: Cursor) =>
  `created_at.lt.${cursor.created_at},and(created_at.eq.${cursor.created_at},id.lt.${cursor.id})`;

/**
 * An ilike pattern (PostgREST's `*` wildcard) for a search box: lower case, PostgREST syntax
 * and LIKE characters dropped, words in order ("chloe cust" finds "chloe customer"); null when
 * nothing is left to search.
 */
export const searchPattern = (term: string): string | null => {
  const words = term
    .toLowerCase()
    .replace(/[,()*"\\:%_.]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words.length ? `*${words.join('*')}*` : null;
};

/** Board groupings: by state (overdue, else assigned / unassigned) or by step status. */
export type BoardGroup = 'state' | 'status';
export const BOARD_GROUPS: Record<BoardGroup, readonly string[]> = {
  state: ['unassigned', 'assigned', 'overdue'],
  status: ['IN_PROGRESS', 'PENDING'],
};

export interface BoardColumnKey {
  group: BoardGroup;
  value: string;
}

export interface BoardFilters {
  /** Step name, customer or dossier id. */
  search?: string;
  /** An agent id, or 'none' for unassigned steps. */
  assignee?: string;
  status?: string;
  overdueOnly?: boolean;
}

/**
 * How one board column filters step_board, on plain indexed columns (the read model
 * private.step_board_items, migration 20250601000920). The state columns split the open steps at
 * `asOf`, the moment the column's first page was asked: overdue is `due_order < asOf`, the others
 * `due_order >= asOf` (due_order: the due date, none = infinity); a status column is a status.
 */
export type BoardCondition =
  | { op: 'eq'; field: 'status'; value: string }
  | { op: 'lt' | 'gte'; field: 'due_order'; value: string }
  | { op: 'is' | 'notIs'; field: 'assigned_to' };

export const boardColumnConditions = (column: BoardColumnKey, asOf: string): BoardCondition[] => {
  if (column.group === 'status') return [{ op: 'eq', field: 'status', value: column.value }];
  if (column.value === 'overdue') return [{ op: 'lt', field: 'due_order', value: asOf }];
  return [
    { op: column.value === 'unassigned' ? 'is' : 'notIs', field: 'assigned_to' },
    { op: 'gte', field: 'due_order', value: asOf },
  ];
};

/**
 * Order within every column: due soonest first (so overdue first, most overdue first), no due
 * date last, then id, which keeps pages stable. One index order (due_order, id) for every column.
 */
export const BOARD_ORDER: readonly [string, boolean][] = [
  ['due_order', true],
  ['id', true],
];
