/**
 * The local Storage API driven by supabase-js, through the gateway, against the test stack:
 * uploads, downloads, signed URLs (work, then expire), removal, listing, and access decided by the
 * row-level security policies on storage.objects (20250601000400_storage_documents_bucket.sql).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import { getStack, sql } from '../../testing/context';
import { supabaseClient } from '../../testing/supabase';
import { userToken } from '../../testing/tokens';
import { openDb, type Db } from '../../../supabase/tests/fixtures/db';
import { buildWorld, type PrincipalKey, type World } from '../../../supabase/tests/fixtures/world';
import { buildDemoPdf } from './demo-content';
import { ensureDemoFiles } from './demo-files';

const BUCKET = 'documents';
let db: Db;
let world: World;
const clients = new Map<PrincipalKey, SupabaseClient>();
let service: SupabaseClient;
let oursPath: string;
let theirsPath: string;
const oursPdf = buildDemoPdf('Ours');
const theirsPdf = buildDemoPdf('Theirs');

async function as(key: PrincipalKey): Promise<SupabaseClient> {
  let client = clients.get(key);
  if (!client) {
    const principal = world.principals[key];
    const token = principal.id ? await userToken(getStack(), principal.id, principal.email ?? undefined) : undefined;
    client = supabaseClient({ token });
    clients.set(key, client);
  }
  return client;
}

const bytesOf = async (blob: Blob | null) => Buffer.from(await blob!.arrayBuffer());

beforeAll(async () => {
  db = openDb();
  world = await buildWorld(db);
  service = supabaseClient({ key: 'service' });
  oursPath = `${world.ours.dossierId}/${world.ours.documentId}/${world.ours.versionId}-scan.pdf`;
  theirsPath = `${world.theirs.dossierId}/${world.theirs.documentId}/${world.theirs.versionId}-scan.pdf`;
  const { error } = await service.storage.from(BUCKET).upload(theirsPath, theirsPdf, { contentType: 'application/pdf' });
  expect(error).toBeNull();
});

afterAll(async () => {
  await db?.close();
});

describe('the documents bucket', () => {
  it('exists, private, for the service role', async () => {
    const { data, error } = await service.storage.getBucket(BUCKET);
    expect(error).toBeNull();
    expect(data).toMatchObject({ id: BUCKET, public: false });
  });

  it('is invisible to a user (no policy on storage.buckets)', async () => {
    const { data, error } = await (await as('reviewer')).storage.getBucket(BUCKET);
    expect(data).toBeNull();
    expect(error).toMatchObject({ statusCode: '404' });
  });
});

describe('upload', () => {
  it('lets a customer upload into a document of their own dossier', async () => {
    const customer = await as('customer');
    const { data, error } = await customer.storage.from(BUCKET).upload(oursPath, oursPdf, { contentType: 'application/pdf' });
    expect(error).toBeNull();
    expect(data).toMatchObject({ path: oursPath, fullPath: `${BUCKET}/${oursPath}` });
    const [row] = await sql(`select owner, metadata from storage.objects where bucket_id = $1 and name = $2`, [BUCKET, oursPath]);
    expect(row.owner).toBe(world.principals.customer.id);
    expect(row.metadata).toMatchObject({ mimetype: 'application/pdf', size: oursPdf.length });
  });

  it("refuses a customer uploading into another customer's dossier, and stores nothing", async () => {
    const path = `${world.theirs.dossierId}/${world.theirs.documentId}/intruder.pdf`;
    const { error } = await (await as('customer')).storage.from(BUCKET).upload(path, oursPdf, { contentType: 'application/pdf' });
    expect(error).toMatchObject({ statusCode: '403', message: 'new row violates row-level security policy' });
    expect(await sql(`select 1 from storage.objects where name = $1`, [path])).toHaveLength(0);
  });

  it('refuses agents and reviewers (they read, they do not upload)', async () => {
    for (const key of ['agent', 'reviewer'] as const) {
      const path = `${world.ours.dossierId}/${world.ours.documentId}/by-${key}.pdf`;
      const { error } = await (await as(key)).storage.from(BUCKET).upload(path, oursPdf);
      expect(error, key).toMatchObject({ statusCode: '403' });
    }
  });

  it('answers Duplicate for an existing name without upsert, replaces it with upsert', async () => {
    const customer = await as('customer');
    const again = await customer.storage.from(BUCKET).upload(oursPath, theirsPdf, { contentType: 'application/pdf' });
    expect(again.error).toMatchObject({ statusCode: '409', message: 'The resource already exists' });
    const path = `${world.theirs.dossierId}/${world.theirs.documentId}/replaced.txt`;
    await service.storage.from(BUCKET).upload(path, Buffer.from('one'), { contentType: 'text/plain' });
    const replaced = await service.storage.from(BUCKET).upload(path, Buffer.from('two'), { contentType: 'text/plain', upsert: true });
    expect(replaced.error).toBeNull();
    const { data } = await service.storage.from(BUCKET).download(path);
    expect((await bytesOf(data)).toString()).toBe('two');
  });

  it('accepts multipart uploads (what a browser File becomes) with their content type', async () => {
    const path = `${world.ours.dossierId}/${world.ours.documentId}/photo.png`;
    const blob = new Blob([Buffer.from('not really a png')], { type: 'image/png' });
    const { error } = await (await as('customer')).storage.from(BUCKET).upload(path, blob);
    expect(error).toBeNull();
    const [row] = await sql(`select metadata from storage.objects where name = $1`, [path]);
    expect(row.metadata).toMatchObject({ mimetype: 'image/png', size: 16 });
  });

  it('rejects unsafe names and unknown buckets with a clear error', async () => {
    const bad = await service.storage.from(BUCKET).upload('a/b<c>.pdf', oursPdf);
    expect(bad.error).toMatchObject({ statusCode: '400' });
    expect(bad.error?.message).toMatch(/Invalid key/);
    const noBucket = await service.storage.from('nope').upload('a.pdf', oursPdf);
    expect(noBucket.error).toMatchObject({ statusCode: '404', message: 'Bucket not found' });
  });
});

describe('download and signed URLs', () => {
  it('lets the assigned agent download the file of their dossier', async () => {
    const { data, error } = await (await as('agent')).storage.from(BUCKET).download(oursPath);
    expect(error).toBeNull();
    expect((await bytesOf(data)).equals(oursPdf)).toBe(true);
  });

  it('refuses an agent the file of a dossier not assigned to them (download and signed URL)', async () => {
    const agent = await as('agent');
    const download = await agent.storage.from(BUCKET).download(theirsPath);
    expect(download.data).toBeNull();
    const signed = await agent.storage.from(BUCKET).createSignedUrl(theirsPath, 60);
    expect(signed.data).toBeNull();
    expect(signed.error).toMatchObject({ statusCode: '404', message: 'Object not found' });
  });

  it('refuses the other customer, an inactive agent and anon', async () => {
    for (const key of ['otherCustomer', 'inactiveAgent', 'anon'] as const) {
      const { error } = await (await as(key)).storage.from(BUCKET).createSignedUrl(oursPath, 60);
      expect(error, key).toMatchObject({ statusCode: '404' });
    }
  });

  it('gives a reviewer a signed URL that serves the file without any header', async () => {
    const { data, error } = await (await as('reviewer')).storage.from(BUCKET).createSignedUrl(theirsPath, 60);
    expect(error).toBeNull();
    expect(data!.signedUrl.startsWith(`${getStack().apiUrl}/storage/v1/object/sign/${BUCKET}/`)).toBe(true);
    const response = await fetch(data!.signedUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^inline/);
    expect(Buffer.from(await response.arrayBuffer()).equals(theirsPdf)).toBe(true);
  });

  it('serves pages and scripts as downloads, never inline', async () => {
    const path = `${world.theirs.dossierId}/${world.theirs.documentId}/page.html`;
    await service.storage.from(BUCKET).upload(path, Buffer.from('<script>alert(1)</script>'), { contentType: 'text/html' });
    const { data } = await service.storage.from(BUCKET).createSignedUrl(path, 60);
    const response = await fetch(data!.signedUrl);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('signs several paths at once, with an error for those the caller cannot see', async () => {
    const { data, error } = await (await as('agent')).storage.from(BUCKET).createSignedUrls([oursPath, theirsPath], 60);
    expect(error).toBeNull();
    expect(data![0]).toMatchObject({ path: oursPath, error: null });
    expect(data![0].signedUrl).toContain('token=');
    expect(data![1]).toMatchObject({ path: theirsPath, signedUrl: null });
    expect(data![1].error).toBeTruthy();
  });

  it('lets a signed URL expire', async () => {
    const { data } = await (await as('reviewer')).storage.from(BUCKET).createSignedUrl(theirsPath, 3);
    expect((await fetch(data!.signedUrl)).status).toBe(200); // valid for 2 to 3 s (whole seconds)
    // Poll until the lifetime has passed (instead of a fixed sleep); a URL that never expires times out.
    const expired = await vi.waitFor(
      async () => {
        const response = await fetch(data!.signedUrl);
        expect(response.status).toBe(400);
        return response;
      },
      { timeout: 8_000, interval: 200 },
    );
    expect(await expired.json()).toMatchObject({ statusCode: '400', error: 'InvalidJWT' });
  });

  it('refuses a token used for another path, a forged token and a too long lifetime', async () => {
    const { data } = await (await as('reviewer')).storage.from(BUCKET).createSignedUrl(theirsPath, 60);
    const token = new URL(data!.signedUrl).searchParams.get('token')!;
    const other = `${getStack().apiUrl}/storage/v1/object/sign/${BUCKET}/${encodeURI(oursPath)}?token=${token}`;
    expect(await (await fetch(other)).json()).toMatchObject({ error: 'InvalidSignature' });
    const forged = data!.signedUrl.replace(/token=([^.]+\.[^.]+)\.[^&]+/, 'token=$1.AAAA');
    expect(await (await fetch(forged)).json()).toMatchObject({ error: 'InvalidJWT', message: 'invalid signature' });
    const tooLong = await (await as('reviewer')).storage.from(BUCKET).createSignedUrl(theirsPath, 24 * 3600);
    expect(tooLong.error?.message).toMatch(/expiresIn must be at most/);
  });

  it('needs the apikey at the gateway and a JWT at the service', async () => {
    const stack = getStack();
    const noKey = await fetch(`${stack.apiUrl}/storage/v1/object/${BUCKET}/${oursPath}`);
    expect(noKey.status).toBe(401);
    const direct = await fetch(`http://${stack.host}:${stack.ports.storage}/object/${BUCKET}/${oursPath}`);
    expect(await direct.json()).toMatchObject({ statusCode: '403', error: 'Unauthorized' });
  });
});

describe('list and remove', () => {
  it('lists one folder level of what the caller may see', async () => {
    const folder = `${world.ours.dossierId}/${world.ours.documentId}`;
    const { data, error } = await (await as('reviewer')).storage.from(BUCKET).list(folder);
    expect(error).toBeNull();
    expect(data!.map((entry) => entry.name)).toContain(`${world.ours.versionId}-scan.pdf`);
    const top = await (await as('agent')).storage.from(BUCKET).list('');
    const names = top.data!.map((entry) => entry.name);
    expect(names).toContain(world.ours.dossierId);
    expect(names).not.toContain(world.theirs.dossierId);
  });

  it('removes nothing for a reviewer, and the file for an admin', async () => {
    const path = `${world.ours.dossierId}/${world.ours.documentId}/to-remove.pdf`;
    await service.storage.from(BUCKET).upload(path, oursPdf);
    const byReviewer = await (await as('reviewer')).storage.from(BUCKET).remove([path]);
    expect(byReviewer.data).toEqual([]);
    expect(await sql(`select 1 from storage.objects where name = $1`, [path])).toHaveLength(1);
    const byAdmin = await (await as('admin')).storage.from(BUCKET).remove([path]);
    expect(byAdmin.data?.map((o) => o.name)).toEqual([path]);
    expect((await service.storage.from(BUCKET).download(path)).error).toMatchObject({ statusCode: '404' });
  });
});

describe('ensureDemoFiles', () => {
  it('places a real file for seeded versions that have none, once', async () => {
    const [version] = await sql<{ storage_path: string }>(`select storage_path from public.document_versions where id = $1`, [
      world.ours.versionId,
    ]);
    await ensureDemoFiles(getStack());
    const { data, error } = await service.storage.from(BUCKET).download(version.storage_path);
    expect(error).toBeNull();
    expect((await bytesOf(data)).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await ensureDemoFiles(getStack())).created).toBe(0);
  });
});
