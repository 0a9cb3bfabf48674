import type { AgentRole } from './roles';

/**
 * The one rule table of the back-office (role x resource x action), mirroring
 * spec/product.md §2 and the database's row-level security. The UI uses it to hide
 * menus, buttons and routes; the database refuses the same actions anyway.
 *
 * Standard react-admin actions: list, show, create, edit, delete, export.
 * Business actions: cancel, refund, send, assign, complete, change_status, review,
 * invite, deactivate, reorder.
 * "Own"-scoped rules (an agent's own links, own steps) are narrowed further by RLS.
 * supabase/tests/security-access-agreement.test.ts checks it against the role matrix, which
 * security-role-matrix.test.ts checks against PostgREST.
 */
export type Action =
  | 'list'
  | 'show'
  | 'create'
  | 'edit'
  | 'delete'
  | 'export'
  | 'cancel'
  | 'refund'
  | 'send'
  | 'assign'
  | 'complete'
  | 'change_status'
  | 'review'
  | 'invite'
  | 'deactivate'
  | 'reorder';

export type ResourceName =
  | 'products'
  | 'steps'
  | 'product_steps'
  | 'document_types'
  | 'payment_links'
  | 'orders'
  | 'payment_reminders'
  | 'profiles'
  | 'dossiers'
  | 'step_instances'
  | 'documents'
  | 'document_versions'
  | 'document_reviews'
  | 'messages'
  | 'events'
  | 'dossier_status_history'
  | 'agents'
  | 'dashboard';

const READ: readonly Action[] = ['list', 'show', 'export'];
const FULL: readonly Action[] = [
  'list',
  'show',
  'export',
  'create',
  'edit',
  'delete',
  'cancel',
  'refund',
  'send',
  'assign',
  'complete',
  'change_status',
  'review',
  'invite',
  'deactivate',
  'reorder',
];
const NONE: readonly Action[] = [];

type RoleRules = Record<AgentRole, readonly Action[]>;
const readForAll = (admin: readonly Action[] = FULL): RoleRules => ({
  AGENT: READ,
  REVIEWER: READ,
  MANAGER: READ,
  ADMIN: admin,
});

export const ACCESS_RULES: Record<ResourceName, RoleRules> = {
  dashboard: { AGENT: ['show'], REVIEWER: ['show'], MANAGER: ['show'], ADMIN: ['show'] },
  // Catalog
  products: readForAll(),
  steps: readForAll(),
  product_steps: readForAll(),
  document_types: readForAll(),
  // Sales
  payment_links: {
    AGENT: [...READ, 'create', 'cancel'],
    REVIEWER: NONE,
    MANAGER: [...READ, 'cancel'],
    ADMIN: [...READ, 'create', 'delete', 'cancel'],
  },
  // Orders and reminders are written by the webhook and the reminder job, never by hand.
  orders: {
    AGENT: READ,
    REVIEWER: NONE,
    MANAGER: [...READ, 'cancel', 'refund'],
    ADMIN: [...READ, 'delete', 'cancel', 'refund'],
  },
  payment_reminders: {
    AGENT: READ,
    REVIEWER: NONE,
    MANAGER: [...READ, 'send'],
    ADMIN: [...READ, 'delete', 'send'],
  },
  // Operations
  dossiers: {
    AGENT: READ,
    REVIEWER: READ,
    MANAGER: [...READ, 'edit', 'change_status'],
    ADMIN: FULL,
  },
  step_instances: {
    AGENT: [...READ, 'complete'],
    REVIEWER: READ,
    MANAGER: [...READ, 'edit', 'assign'],
    ADMIN: FULL,
  },
  documents: readForAll(),
  document_versions: readForAll(),
  // Reviews are written only by review_document_version: never edited or deleted.
  document_reviews: {
    AGENT: READ,
    REVIEWER: [...READ, 'create', 'review'],
    MANAGER: READ,
    ADMIN: [...READ, 'create', 'review'],
  },
  messages: {
    AGENT: [...READ, 'create'],
    REVIEWER: READ,
    MANAGER: [...READ, 'create'],
    ADMIN: FULL,
  },
  events: readForAll(READ),
  dossier_status_history: readForAll(READ),
  // Team
  profiles: {
    AGENT: READ,
    REVIEWER: READ,
    MANAGER: READ,
    ADMIN: [...READ, 'edit', 'change_status'],
  },
  agents: {
    AGENT: READ,
    REVIEWER: READ,
    MANAGER: READ,
    ADMIN: [...READ, 'create', 'edit', 'invite', 'deactivate'],
  },
};

/**
 * Views read under another resource's rules: the team directory (view agent_directory, names and
 * roles of active agents) is what every role reads of agents; non-admins' /agents lists it.
 */
const READ_AS: Record<string, ResourceName> = { agent_directory: 'agents' };

/** react-admin also asks for "read" (alias of show) and field-level "<resource>.<field>". */
const normalize = (resource: string, action: string): [string, string] => {
  const base = resource.split('.')[0] ?? resource;
  const act = action === 'read' ? 'show' : action;
  const readAs = READ_AS[base];
  return [readAs && READ.includes(act as Action) ? readAs : base, act];
};

/**
 * May this role do this action on this resource? A missing role (customer, inactive agent,
 * signed-out user) may do nothing. Unknown resources and actions are refused.
 */
export const canRoleAccess = (role: AgentRole | null | undefined, resource: string, action: string): boolean => {
  if (!role) return false;
  const [res, act] = normalize(resource, action);
  const rules = (ACCESS_RULES as Record<string, RoleRules | undefined>)[res];
  if (!rules) return false;
  return (rules[role] as readonly string[]).includes(act);
};
