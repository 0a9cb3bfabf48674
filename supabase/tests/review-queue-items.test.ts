/**
 * The review queue read model (migration 20250601000923): private.review_queue_items holds the
 * documents waiting for a review (PENDING, latest version not reviewed), kept by triggers;
 * review_queue_age counts it. Checked against its one definition (private.review_queue_source)
 * after every write that moves a document in or out of the queue, and through the API.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from './fixtures/api';
import { createProduct, type Catalog } from './fixtures/catalog';
import { openDb, type Db } from './fixtures/db';
import { readModelDrift, type ReadModel } from './fixtures/read-models';
import { createDocument, createDossier, createReview, createVersion } from './fixtures/operations';
import { createAgent, createCustomer } from './fixtures/people';

let db: Db;
let catalog: Catalog;
let reviewer: { id: string; email: string };
let customer: { id: string; email: string };
let reviewerClient: SupabaseClient;
let agentClient: SupabaseClient;

beforeAll(async () => {
  db = openDb();
  catalog = await createProduct(db, { steps: 1 });
  reviewer = await createAgent(db, 'REVIEWER');
  const agent = await createAgent(db, 'AGENT');
  customer = await createCustomer(db, { label: 'queue-customer' });
  reviewerClient = await clientFor({ key: 'reviewer', id: reviewer.id, email: reviewer.email, isAgent: true } as Parameters<
    typeof clientFor
  >[0]);
  agentClient = await clientFor({ key: 'agent', id: agent.id, email: agent.email, isAgent: true } as Parameters<typeof clientFor>[0]);
});
afterAll(async () => {
  await db?.close();
});

/** The queue's read model against its definition (private.review_queue_source), for these documents. */
const REVIEW_QUEUE: ReadModel = {
  model: 'private.review_queue_items',
  source: 'private.review_queue_source',
  columns: 'document_id, dossier_id, version_id, uploaded_at',
  key: 'document_id',
};
const drift = (documentIds: string[]) => readModelDrift(db, REVIEW_QUEUE, 'document_id = any($1::uuid[])', [documentIds]);

const queued = async (documentId: string) =>
  (await db.q<{ version_id: string }>('select version_id from private.review_queue_items where document_id = $1', [documentId]))[0]
    ?.version_id ?? null;

describe('the review queue read model private.review_queue_items', () => {
  it('stays exact (triggers) through every write that moves a document in or out of the queue', async () => {
    const dossierId = await createDossier(db, customer.id, catalog.productId);
    const otherDossier = await createDossier(db, customer.id, catalog.productId);
    const documentId = await createDocument(db, dossierId, catalog.documentTypeId);
    const ids = [documentId];
    expect(await queued(documentId)).toBeNull(); // no version yet: nothing to review

    const first = await createVersion(db, documentId, customer.id);
    expect(await queued(documentId)).toBe(first);
    const second = await createVersion(db, documentId, customer.id);
    expect(await queued(documentId)).toBe(second); // the latest version is what waits

    const review = await createReview(db, second, reviewer.id, 'REJECTED');
    expect(await queued(documentId)).toBeNull();
    await db.q(`update public.documents set status = 'PENDING' where id = $1`, [documentId]);
    expect(await queued(documentId)).toBeNull(); // PENDING again, but its latest version is reviewed
    await db.q('delete from public.document_reviews where id = $1', [review]);
    expect(await queued(documentId)).toBe(second); // the review withdrawn: it waits again

    const writes = [
      [`update public.documents set status = 'APPROVED' where id = $1`, [documentId]],
      [`update public.documents set status = 'PENDING' where id = $1`, [documentId]],
      [`update public.documents set dossier_id = $2 where id = $1`, [documentId, otherDossier]],
      [`delete from public.document_versions where id = $1`, [second]],
    ] as const;
    for (const [sql, params] of writes) {
      await db.q(sql, [...params]);
      expect(await drift(ids), sql).toEqual([]);
    }
    expect(await queued(documentId)).toBe(first); // back to the earlier version

    await db.q('delete from public.documents where id = $1', [documentId]);
    expect(await db.q('select 1 from private.review_queue_items where document_id = $1', [documentId])).toEqual([]);
  });

  it('is what review_queue_age counts, for reviewers (agents are refused)', async () => {
    const waiting = await createDocument(db, await createDossier(db, customer.id, catalog.productId), catalog.documentTypeId);
    await createVersion(db, waiting, customer.id);
    // the whole table against its definition, in one statement (one snapshot: other test files write meanwhile)
    const whole = await db.one<{ stale: string; missing: string }>(
      `select (select count(*) from (select document_id, version_id from private.review_queue_items
                                     except select document_id, version_id from private.review_queue_source) a) as stale,
              (select count(*) from (select document_id, version_id from private.review_queue_source
                                     except select document_id, version_id from private.review_queue_items) b) as missing`,
    );
    expect(whole).toEqual({ stale: '0', missing: '0' });
    const age = await reviewerClient.rpc('review_queue_age').single<{ pending_versions: number }>();
    expect(age.error).toBeNull();
    expect(age.data!.pending_versions).toBeGreaterThan(0);
    expect((await agentClient.rpc('review_queue_age')).error?.code).toBe('42501');
  });
});
