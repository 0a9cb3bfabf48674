/**
 * The role matrix of product.md §2, as expectations: one line per table and action, one column
 * per principal. `Y` = allowed, `-` = refused. What each action tries is in matrix-cases.ts
 * (always on the rows of the `customer` / `agent` side of the fixture world):
 *   select  the row is visible                     insert  a new row (as the principal, where the
 *   update  a representative column changes         row names its author)
 *   delete  the row is gone
 *
 * product.md §2 (agent-scoped access), plus the customer portal (own dossiers, orders, ...):
 *   catalog   AGENT/REVIEWER/MANAGER read, ADMIN full      (customers read: the portal shows it)
 *   links     AGENT create + read own (cancel: rpc), MANAGER read all (cancel: rpc), ADMIN full
 *   orders    AGENT read from own links, MANAGER read all + cancel, ADMIN full; customer own
 *   reminders AGENT read on own links' orders, MANAGER read all + send now, ADMIN full; customer own
 *   profiles  AGENT customers of own links / assigned dossiers, REVIEWER customers with documents
 *             awaiting review, MANAGER all, ADMIN all + change status (the update tried here);
 *             the customer updates name/phone (security-column-rules.test.ts), never status
 *   dossiers  AGENT those with a step assigned, REVIEWER read, MANAGER read + status, ADMIN full
 *   steps     AGENT read on visible dossiers (complete own: rpc), REVIEWER read, MANAGER assign
 *   documents AGENT on visible dossiers, REVIEWER/MANAGER read all, ADMIN full; customer own +
 *             uploads versions
 *   reviews   AGENT on visible dossiers, REVIEWER create own + read all, MANAGER read, ADMIN full
 *   messages  AGENT read/send on visible dossiers, REVIEWER read, MANAGER read/send all, ADMIN
 *             full; customer read/send on own dossiers
 *   events, history  AGENT on visible dossiers, REVIEWER on documents, MANAGER/ADMIN read all
 *   agents    every active agent reads the directory; ADMIN invites, changes roles (no delete:
 *             deactivate)
 *   notifications  the customer reads their own and marks them read; deliveries: no API access
 * anon gets nothing; an inactive agent gets nothing.
 */
import type { PrincipalKey } from '../fixtures/world';

export const MATRIX_COLUMNS: readonly PrincipalKey[] = [
  'anon', 'customer', 'otherCustomer', 'agent', 'otherAgent', 'reviewer', 'manager', 'admin', 'inactiveAgent',
];

export type Action = 'select' | 'insert' | 'update' | 'delete';
export const ACTIONS: readonly Action[] = ['select', 'insert', 'update', 'delete'];

type Line = string;
export type TableExpectations = Record<Action, Line>;

// prettier-ignore
export const ROLE_MATRIX: Record<string, TableExpectations> = {
  //                              anon cust othC agnt othA revw mngr admn inac
  products: {
    select:                     ' -    Y    Y    Y    Y    Y    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    Y    - ',
    update:                     ' -    -    -    -    -    -    -    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  steps: {
    select:                     ' -    Y    Y    Y    Y    Y    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    Y    - ',
    update:                     ' -    -    -    -    -    -    -    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  product_steps: {
    select:                     ' -    Y    Y    Y    Y    Y    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    Y    - ',
    update:                     ' -    -    -    -    -    -    -    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  document_types: {
    select:                     ' -    Y    Y    Y    Y    Y    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    Y    - ',
    update:                     ' -    -    -    -    -    -    -    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  payment_links: {
    select:                     ' -    -    -    Y    -    -    Y    Y    - ',
    insert:                     ' -    -    -    Y    Y    -    -    Y    - ',
    update:                     ' -    -    -    -    -    -    -    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  orders: {
    select:                     ' -    Y    -    Y    -    -    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    Y    - ',
    update:                     ' -    -    -    -    -    -    Y    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  payment_reminders: {
    select:                     ' -    Y    -    Y    -    -    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    Y    Y    - ',
    update:                     ' -    -    -    -    -    -    -    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  profiles: {
    select:                     ' -    Y    -    Y    -    Y    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    -    - ',
    update:                     ' -    -    -    -    -    -    -    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    -    - ',
  },
  agents: {
    select:                     ' -    -    -    Y    Y    Y    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    Y    - ',
    update:                     ' -    -    -    -    -    -    -    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    -    - ',
  },
  dossiers: {
    select:                     ' -    Y    -    Y    -    Y    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    Y    - ',
    update:                     ' -    -    -    -    -    -    Y    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  step_instances: {
    select:                     ' -    Y    -    Y    -    Y    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    Y    - ',
    update:                     ' -    -    -    -    -    -    Y    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  documents: {
    select:                     ' -    Y    -    Y    -    Y    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    Y    - ',
    update:                     ' -    -    -    -    -    -    -    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  document_versions: {
    select:                     ' -    Y    -    Y    -    Y    Y    Y    - ',
    insert:                     ' -    Y    -    -    -    -    -    Y    - ',
    update:                     ' -    -    -    -    -    -    -    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  document_reviews: {
    select:                     ' -    -    -    Y    -    Y    Y    Y    - ',
    insert:                     ' -    -    -    -    -    Y    -    Y    - ',
    update:                     ' -    -    -    -    -    -    -    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  messages: {
    select:                     ' -    Y    -    Y    -    Y    Y    Y    - ',
    insert:                     ' -    Y    -    Y    -    -    Y    Y    - ',
    update:                     ' -    -    -    -    -    -    -    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  events: {
    select:                     ' -    -    -    Y    -    Y    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    -    - ',
    update:                     ' -    -    -    -    -    -    -    -    - ',
    delete:                     ' -    -    -    -    -    -    -    -    - ',
  },
  dossier_status_history: {
    select:                     ' -    -    -    Y    -    Y    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    -    - ',
    update:                     ' -    -    -    -    -    -    -    -    - ',
    delete:                     ' -    -    -    -    -    -    -    -    - ',
  },
  notifications: {
    select:                     ' -    Y    -    -    -    -    -    -    - ',
    insert:                     ' -    -    -    -    -    -    -    -    - ',
    update:                     ' -    Y    -    -    -    -    -    -    - ',
    delete:                     ' -    -    -    -    -    -    -    -    - ',
  },
  notification_deliveries: {
    select:                     ' -    -    -    -    -    -    -    -    - ',
    insert:                     ' -    -    -    -    -    -    -    -    - ',
    update:                     ' -    -    -    -    -    -    -    -    - ',
    delete:                     ' -    -    -    -    -    -    -    -    - ',
  },
};

/** Parses one line of the matrix into principal -> allowed. */
export function parseLine(line: Line): Record<PrincipalKey, boolean> {
  const cells = line.trim().split(/\s+/);
  if (cells.length !== MATRIX_COLUMNS.length || cells.some((c) => c !== 'Y' && c !== '-')) {
    throw new Error(`bad role-matrix line "${line}": expected ${MATRIX_COLUMNS.length} cells of Y or -`);
  }
  return Object.fromEntries(MATRIX_COLUMNS.map((p, i) => [p, cells[i] === 'Y'])) as Record<PrincipalKey, boolean>;
}
