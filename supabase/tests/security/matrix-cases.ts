/**
 * How each cell of role-matrix.ts is tried: the row a principal tries to see, the row it tries to
 * insert, and a fresh row (built as superuser on the `customer` / `agent` side) to update or delete.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../fixtures/db';
import { uniq } from '../fixtures/db';
import { createStep, createProduct } from '../fixtures/catalog';
import { createAgent, createAuthUser } from '../fixtures/people';
import { createOrder, createPaymentLink, createReminder } from '../fixtures/sales';
import {
  createDelivery,
  createDocument,
  createDossier,
  createMessage,
  createNotification,
  createReview,
  createStepInstance,
  createVersion,
} from '../fixtures/operations';
import type { Principal, World } from '../fixtures/world';

type Row = Record<string, unknown>;

export interface TableCase {
  /** id of the existing row the principal tries to read */
  selectTarget(w: World, db: Db): Promise<string>;
  /** the row the principal tries to insert (with its id) */
  insertRow(w: World, p: Principal, db: Db): Promise<Row>;
  /** a fresh row to update or delete */
  fresh(w: World, db: Db): Promise<string>;
  /** the representative update: one column and its new value */
  update: { column: string; value: (w: World) => unknown };
}

const id = () => randomUUID();

export const MATRIX_CASES: Record<string, TableCase> = {
  products: {
    selectTarget: async (w) => w.catalog.productId,
    insertRow: async () => ({ id: id(), code: uniq('P_'), name: 'New product', dossier_type: 'LLC', price_amount: 100 }),
    fresh: async (_w, db) => (await createProduct(db, { steps: 0 })).productId,
    update: { column: 'price_amount', value: () => 1 },
  },
  steps: {
    selectTarget: async (w) => w.catalog.stepIds[0]!,
    insertRow: async () => ({ id: id(), code: uniq('S_'), label: 'New step', position: 50 }),
    fresh: async (_w, db) => createStep(db, 7),
    update: { column: 'label', value: () => 'Renamed step' },
  },
  product_steps: {
    selectTarget: async (w, db) =>
      (await db.one<{ id: string }>('select id from public.product_steps where product_id = $1 and position = 0', [w.catalog.productId]))
        .id,
    insertRow: async (w, _p, db) => ({
      id: id(),
      product_id: w.catalog.productId,
      step_id: await createStep(db, 9),
      position: 1000 + Math.floor(Math.random() * 1_000_000),
    }),
    fresh: async (w, db) =>
      (
        await db.one<{ id: string }>(`insert into public.product_steps (product_id, step_id, position) values ($1, $2, $3) returning id`, [
          w.catalog.productId,
          await createStep(db, 9),
          2_000_000 + Math.floor(Math.random() * 1_000_000),
        ])
      ).id,
    update: { column: 'is_required', value: () => false },
  },
  document_types: {
    selectTarget: async (w) => w.catalog.documentTypeId,
    insertRow: async () => ({ id: id(), code: uniq('D_'), label: 'New type' }),
    fresh: async (_w, db) =>
      (await db.one<{ id: string }>(`insert into public.document_types (code, label) values ($1, 'Fresh') returning id`, [uniq('D_')])).id,
    update: { column: 'label', value: () => 'Renamed type' },
  },
  payment_links: {
    selectTarget: async (w) => w.ours.linkId,
    insertRow: async (w, p) => ({
      id: id(),
      product_id: w.catalog.productId,
      prospect_email: 'new-prospect@example.test',
      created_by: p.id,
    }),
    fresh: async (w, db) => createPaymentLink(db, w.catalog.productId, w.principals.agent.id),
    update: { column: 'prospect_name', value: () => 'Renamed prospect' },
  },
  orders: {
    selectTarget: async (w) => w.ours.orderId,
    insertRow: async (w) => ({ id: id(), user_id: w.principals.customer.id, product_id: w.catalog.productId, amount: 100 }),
    fresh: async (w, db) =>
      createOrder(db, { userId: w.principals.customer.id!, productId: w.catalog.productId, paymentLinkId: w.ours.linkId }),
    update: { column: 'status', value: () => 'CANCELLED' },
  },
  payment_reminders: {
    selectTarget: async (w) => w.ours.reminderId,
    insertRow: async (w) => ({ id: id(), user_id: w.principals.customer.id, order_id: w.ours.orderId, sent_via: 'EMAIL' }),
    fresh: async (w, db) => createReminder(db, w.principals.customer.id!, w.ours.orderId),
    update: { column: 'clicked_at', value: () => '2030-01-01T00:00:00+00:00' },
  },
  profiles: {
    selectTarget: async (w) => w.principals.customer.id!,
    insertRow: async (_w, _p, db) => ({ id: (await createAuthUser(db, 'someone-else')).id, full_name: 'Someone else' }),
    // The customer's own profile, back to ACTIVE: "change status" is the update tried.
    fresh: async (w, db) => {
      await db.q(`update public.profiles set status = 'ACTIVE' where id = $1`, [w.principals.customer.id]);
      return w.principals.customer.id!;
    },
    update: { column: 'status', value: () => 'SUSPENDED' },
  },
  agents: {
    selectTarget: async (w) => w.principals.agent.id!,
    insertRow: async (_w, _p, db) => {
      const user = await createAuthUser(db, 'invited');
      return { id: user.id, email: user.email, full_name: 'Invited agent', role: 'AGENT' };
    },
    fresh: async (_w, db) => (await createAgent(db, 'AGENT', { label: 'fresh-agent' })).id,
    update: { column: 'role', value: () => 'REVIEWER' },
  },
  dossiers: {
    selectTarget: async (w) => w.ours.dossierId,
    insertRow: async (w) => ({ id: id(), user_id: w.principals.customer.id, product_id: w.catalog.productId, type: 'LLC' }),
    fresh: async (w, db) => {
      const dossierId = await createDossier(db, w.principals.customer.id!, w.catalog.productId);
      await createStepInstance(db, dossierId, w.catalog.stepIds[0]!, { assignedTo: w.principals.agent.id, current: true });
      return dossierId;
    },
    update: { column: 'status', value: () => 'IN_PROGRESS' },
  },
  step_instances: {
    selectTarget: async (w) => w.ours.stepInstanceId,
    insertRow: async (w) => ({ id: id(), dossier_id: w.ours.dossierId, step_id: w.catalog.stepIds[1] }),
    // On a dossier of its own: a reassignment must not widen what the principals see elsewhere.
    fresh: async (w, db) =>
      createStepInstance(db, await createDossier(db, w.principals.customer.id!, w.catalog.productId), w.catalog.stepIds[1]!, {
        assignedTo: w.principals.agent.id,
      }),
    update: { column: 'assigned_to', value: (w) => w.principals.otherAgent.id },
  },
  documents: {
    selectTarget: async (w) => w.ours.documentId,
    insertRow: async (w) => ({ id: id(), dossier_id: w.ours.dossierId, document_type_id: w.catalog.documentTypeId }),
    fresh: async (w, db) => createDocument(db, w.ours.dossierId, w.catalog.documentTypeId, w.ours.stepInstanceId),
    update: { column: 'status', value: () => 'APPROVED' },
  },
  document_versions: {
    selectTarget: async (w) => w.ours.versionId,
    insertRow: async (w, p) => {
      const versionId = id();
      return {
        id: versionId,
        document_id: w.ours.documentId,
        storage_path: `${w.ours.dossierId}/${w.ours.documentId}/${versionId}-new.pdf`,
        uploaded_by_type: p.isAgent ? 'AGENT' : 'USER',
        uploaded_by_id: p.id,
      };
    },
    fresh: async (w, db) => createVersion(db, w.ours.documentId, w.principals.customer.id!),
    update: { column: 'file_name', value: () => 'renamed.pdf' },
  },
  document_reviews: {
    selectTarget: async (w) => w.ours.reviewId,
    insertRow: async (w, p, db) => ({
      id: id(),
      document_version_id: await createVersion(db, w.ours.reviewedDocumentId, w.principals.customer.id!),
      reviewer_id: p.id,
      decision: 'APPROVED',
      notes: 'direct insert',
    }),
    fresh: async (w, db) =>
      createReview(db, await createVersion(db, w.ours.reviewedDocumentId, w.principals.customer.id!), w.principals.reviewer.id!),
    update: { column: 'notes', value: () => 'edited notes' },
  },
  messages: {
    selectTarget: async (w) => w.ours.messageId,
    insertRow: async (w, p) => ({
      id: id(),
      dossier_id: w.ours.dossierId,
      body: 'New message',
      sender_type: p.isAgent ? 'AGENT' : 'USER',
      sender_id: p.id,
    }),
    fresh: async (w, db) => createMessage(db, w.ours.dossierId, w.principals.customer.id!),
    update: { column: 'body', value: () => 'Edited message' },
  },
  events: {
    selectTarget: async (w) => w.ours.documentEventId,
    insertRow: async (w) => ({
      id: id(),
      entity_type: 'dossier',
      entity_id: w.ours.dossierId,
      event_type: 'DOSSIER_CREATED',
      payload: { dossier_id: w.ours.dossierId },
    }),
    fresh: async (w, db) =>
      (
        await db.one<{ id: string }>(
          `insert into public.events (entity_type, entity_id, event_type, payload)
         values ('dossier', $1, 'DOSSIER_STATUS_CHANGED', jsonb_build_object('dossier_id', $2::text)) returning id`,
          [w.ours.dossierId, w.ours.dossierId],
        )
      ).id,
    update: { column: 'payload', value: () => ({ tampered: true }) },
  },
  dossier_status_history: {
    selectTarget: async (w) => w.ours.historyId,
    insertRow: async (w) => ({ id: id(), dossier_id: w.ours.dossierId, new_status: 'COMPLETED' }),
    fresh: async (w, db) =>
      (
        await db.one<{ id: string }>(
          `insert into public.dossier_status_history (dossier_id, new_status, created_at)
         values ($1, 'IN_PROGRESS', now() - random() * interval '1 day') returning id`,
          [w.ours.dossierId],
        )
      ).id,
    update: { column: 'metadata', value: () => ({ tampered: true }) },
  },
  notifications: {
    selectTarget: async (w) => w.ours.notificationId,
    insertRow: async (w) => ({ id: id(), user_id: w.principals.customer.id, title: 'Injected' }),
    fresh: async (w, db) => createNotification(db, w.principals.customer.id!),
    update: { column: 'read_at', value: () => '2030-01-01T00:00:00+00:00' },
  },
  notification_deliveries: {
    selectTarget: async (w) => w.ours.deliveryId,
    insertRow: async (w) => ({ id: id(), notification_id: w.ours.notificationId, channel: 'EMAIL' }),
    fresh: async (w, db) => createDelivery(db, w.ours.notificationId),
    update: { column: 'status', value: () => 'SENT' },
  },
};
