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
 *   links     AGENT read own, MANAGER read all, ADMIN read + delete; created and cancelled only
 *             through create_payment_link / cancel_payment_link (20250601000610)
 *   orders    AGENT read from own links, MANAGER read all, ADMIN read + delete; customer own;
 *             cancelled only through cancel_order, paid / refunded by the webhook
 *   reminders AGENT read on own links' orders, MANAGER read all, ADMIN read + delete; customer
 *             own; sent and clicked only through the payment-reminders function (send now too)
 *   profiles  AGENT customers of own links / assigned dossiers, REVIEWER customers with documents
 *             awaiting review, MANAGER all, ADMIN all + change status (the update tried here);
 *             the customer updates name/phone (security-column-rules.test.ts), never status
 *   dossiers  AGENT those with a step assigned or opened by a sale from their own link (read
 *             only: security-selling-agent.test.ts tries every table of that view), REVIEWER read, MANAGER read, ADMIN full but the
 *             status (the update tried here): change_dossier_status only
 *   steps     AGENT read on visible dossiers (complete own: rpc), REVIEWER read, MANAGER assign
 *   documents AGENT on visible dossiers, REVIEWER/MANAGER read all, ADMIN full but the status
 *             (review_document_version only); customer own + uploads versions (own path only)
 *   reviews   AGENT on visible dossiers, REVIEWER/MANAGER/ADMIN read; written only by
 *             review_document_version
 *   messages  AGENT read/send on visible dossiers, REVIEWER read, MANAGER read/send all, ADMIN
 *             full; customer read/send on own dossiers
 *   events, history  AGENT on visible dossiers, REVIEWER on documents, MANAGER/ADMIN read all
 *   agents    an ADMIN reads every row, any other active agent their own (the directory of
 *             names and roles is the view agent_directory); invites, roles and activation only
 *             through the team function (no delete: deactivate)
 *   notifications  the customer reads their own and marks them read; deliveries: no API access
 * anon gets nothing; an inactive agent gets nothing.
 */
import type { PrincipalKey } from '../fixtures/world';

export const MATRIX_COLUMNS: readonly PrincipalKey[] = [
  'anon',
  'customer',
  'otherCustomer',
  'agent',
  'otherAgent',
  'reviewer',
  'manager',
  'admin',
  'inactiveAgent',
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
    insert:                     ' -    -    -    -    -    -    -    -    - ',
    update:                     ' -    -    -    -    -    -    -    -    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  orders: {
    select:                     ' -    Y    -    Y    -    -    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    -    - ',
    update:                     ' -    -    -    -    -    -    -    -    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  payment_reminders: {
    select:                     ' -    Y    -    Y    -    -    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    -    - ',
    update:                     ' -    -    -    -    -    -    -    -    - ',
    delete:                     ' -    -    -    -    -    -    -    Y    - ',
  },
  profiles: {
    select:                     ' -    Y    -    Y    -    Y    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    -    - ',
    update:                     ' -    -    -    -    -    -    -    Y    - ',
    delete:                     ' -    -    -    -    -    -    -    -    - ',
  },
  agents: {
    select:                     ' -    -    -    Y    -    -    -    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    -    - ',
    update:                     ' -    -    -    -    -    -    -    -    - ',
    delete:                     ' -    -    -    -    -    -    -    -    - ',
  },
  dossiers: {
    select:                     ' -    Y    -    Y    -    Y    Y    Y    - ',
    insert:                     ' -    -    -    -    -    -    -    Y    - ',
    update:                     ' -    -    -    -    -    -    -    -    - ',
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
    update:                     ' -    -    -    -    -    -    -    -    - ',
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
    insert:                     ' -    -    -    -    -    -    -    -    - ',
    update:                     ' -    -    -    -    -    -    -    -    - ',
    delete:                     ' -    -    -    -    -    -    -    -    - ',
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
