/**
 * Safe serving of user content (issue 10, "Files"), through the gateway as a browser reaches it:
 * only passive types inline; pages, scripts, stylesheets (XSL), SVG and XHTML as downloads; always
 * nosniff and `Content-Security-Policy: sandbox`, for signed URLs, authenticated and public
 * downloads; the uploaded content type kept with its charset. And uploads held to the bucket's
 * file_size_limit as they stream.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import { getStack, sql } from '../../testing/context';
import { bigPost } from '../../testing/big-post';
import { supabaseClient } from '../../testing/supabase';
import { BODY_LIMITS } from '../body-limits';
import { buildDemoPdf } from './demo-content';

const PRIVATE = `serving-private-${randomUUID().slice(0, 8)}`;
const PUBLIC = `serving-public-${randomUUID().slice(0, 8)}`;
const SMALL = `serving-small-${randomUUID().slice(0, 8)}`;
const SMALL_LIMIT = 1024;
let service: SupabaseClient;

const ACTIVE: [string, string, string][] = [
  ['style.xsl', 'text/xsl', '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>'],
  ['image.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
  ['page.html', 'text/html', '<script>alert(1)</script>'],
  ['page.xhtml', 'application/xhtml+xml', '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>'],
  ['data.xml', 'text/xml', '<?xml-stylesheet type="text/xsl" href="style.xsl"?><a/>'],
  ['script.js', 'application/javascript', 'alert(1)'],
  ['notes.txt', 'text/plain', 'plain text'],
  ['blob.bin', 'application/octet-stream', 'bytes'],
];
const PASSIVE: [string, string][] = [
  ['scan.pdf', 'application/pdf'],
  ['photo.png', 'image/png'],
  ['photo.jpg', 'image/jpeg'],
  ['anim.gif', 'image/gif'],
  ['photo.webp', 'image/webp'],
];

async function createBucket(id: string, options: { public?: boolean; fileSizeLimit?: number } = {}) {
  const { error } = await service.storage.createBucket(id, { public: options.public ?? false, fileSizeLimit: options.fileSizeLimit });
  expect(error).toBeNull();
}

async function upload(bucket: string, name: string, body: Buffer | Blob, contentType?: string) {
  const { error } = await service.storage.from(bucket).upload(name, body, contentType ? { contentType } : {});
  expect(error, name).toBeNull();
}

/** Two ways to an object of a private bucket: a signed URL and an authenticated download. */
async function downloads(bucket: string, name: string): Promise<[string, Response][]> {
  const { apiUrl, serviceRoleKey } = getStack();
  const { data } = await service.storage.from(bucket).createSignedUrl(name, 60);
  const signed = await fetch(data!.signedUrl);
  const authenticated = await fetch(`${apiUrl}/storage/v1/object/authenticated/${bucket}/${name}`, {
    headers: { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}` },
  });
  return [
    ['signed URL', signed],
    ['authenticated', authenticated],
  ];
}

function expectUserContentHeaders(response: Response, what: string) {
  expect(response.status, what).toBe(200);
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(response.headers.get('content-security-policy'), what).toBe('sandbox');
}

beforeAll(async () => {
  service = supabaseClient({ key: 'service' });
  await createBucket(PRIVATE);
  await createBucket(PUBLIC, { public: true });
  await createBucket(SMALL, { fileSizeLimit: SMALL_LIMIT });
  for (const [name, type, text] of ACTIVE) {
    await upload(PRIVATE, name, Buffer.from(text), type);
    await upload(PUBLIC, name, Buffer.from(text), type);
  }
  for (const [name, type] of PASSIVE) await upload(PRIVATE, name, buildDemoPdf(name), type);
});

afterAll(async () => {
  // Storage's delete protection refuses plain SQL deletes; the flag is what the Storage API sets
  // for its own transaction (the bucket ids are this file's constants).
  const ids = [PRIVATE, PUBLIC, SMALL].map((id) => `'${id.replace(/'/g, "''")}'`).join(', ');
  await sql(`do $$ begin
    perform set_config('storage.allow_delete_query', 'true', true);
    delete from storage.objects where bucket_id in (${ids});
    delete from storage.buckets where id in (${ids});
  end $$`);
});

describe('user content headers', () => {
  it.each(ACTIVE)('serves %s (%s) as an attachment, with nosniff and CSP sandbox', async (name, type) => {
    const served = type === 'text/html' ? 'text/plain' : type;
    for (const [how, response] of await downloads(PRIVATE, name)) {
      expectUserContentHeaders(response, `${name} by ${how}`);
      expect(response.headers.get('content-disposition'), `${name} by ${how}`).toMatch(/^attachment;/);
      expect(response.headers.get('content-type'), `${name} by ${how}`).toBe(served);
    }
    const publicUrl = service.storage.from(PUBLIC).getPublicUrl(name).data.publicUrl;
    const open = await fetch(publicUrl);
    expectUserContentHeaders(open, `${name} public`);
    expect(open.headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  it('serves text/html as text/plain, like Supabase Storage', async () => {
    const [[, signed]] = await downloads(PRIVATE, 'page.html');
    expect(signed.headers.get('content-type')).toBe('text/plain');
  });

  it.each(PASSIVE)('serves %s (%s) inline, with nosniff and CSP sandbox', async (name, type) => {
    for (const [how, response] of await downloads(PRIVATE, name)) {
      expectUserContentHeaders(response, `${name} by ${how}`);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('content-disposition'), `${name} by ${how}`).toMatch(/^inline;/);
    }
  });

  it('serves even a PDF as an attachment when ?download is asked', async () => {
    const { data } = await service.storage.from(PRIVATE).createSignedUrl('scan.pdf', 60, { download: 'copy.pdf' });
    const response = await fetch(data!.signedUrl);
    expectUserContentHeaders(response, 'download');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="copy.pdf"/);
  });

  it('answers 404 for the public URL of an object of a private bucket', async () => {
    const response = await fetch(service.storage.from(PRIVATE).getPublicUrl('scan.pdf').data.publicUrl);
    expect(await response.json()).toMatchObject({ statusCode: '404' });
  });
});

describe('content type and charset', () => {
  it('keeps the charset of a raw upload, in the metadata and in the answer', async () => {
    const text = Buffer.from('caf\xe9', 'latin1');
    await upload(PRIVATE, 'latin1.txt', text, 'text/plain;charset=ISO-8859-1');
    const [row] = await sql<{ metadata: { mimetype: string } }>('select metadata from storage.objects where bucket_id = $1 and name = $2', [
      PRIVATE,
      'latin1.txt',
    ]);
    expect(row.metadata.mimetype).toBe('text/plain;charset=ISO-8859-1');
    for (const [how, response] of await downloads(PRIVATE, 'latin1.txt')) {
      expect(response.headers.get('content-type'), how).toBe('text/plain;charset=ISO-8859-1');
      expect(Buffer.from(await response.arrayBuffer()).equals(text)).toBe(true);
    }
  });

  it('keeps the charset of a multipart upload (a browser File)', async () => {
    await upload(PRIVATE, 'table.csv', new Blob(['a;b\n1;2\n'], { type: 'text/csv;charset=utf-8' }));
    const [[, signed]] = await downloads(PRIVATE, 'table.csv');
    expect(signed.headers.get('content-type')).toBe('text/csv;charset=utf-8');
    expect(signed.headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  it('keeps the charset of an HTML upload when it serves it as text/plain', async () => {
    await upload(PRIVATE, 'utf8.html', Buffer.from('<p>é</p>'), 'text/html; charset=utf-8');
    const [[, signed]] = await downloads(PRIVATE, 'utf8.html');
    expect(signed.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });
});

describe('upload size limits', () => {
  const storageDir = () => path.join(getStack().dataDir, 'storage', SMALL);
  const objectsOf = async (bucket: string) => sql('select name from storage.objects where bucket_id = $1', [bucket]);

  it("accepts a file within the bucket's file_size_limit", async () => {
    await upload(SMALL, 'fits.bin', Buffer.alloc(SMALL_LIMIT, 1), 'application/octet-stream');
  });

  it("refuses a raw upload over the bucket's limit, declared or streamed, and keeps nothing", async () => {
    const { port, key } = { port: getStack().ports.storage, key: getStack().serviceRoleKey };
    for (const declareLength of [true, false]) {
      const result = await bigPost({
        port,
        path: `/object/${SMALL}/too-big-${declareLength}.bin`,
        bytes: 4 * SMALL_LIMIT,
        declareLength,
        headers: { authorization: `Bearer ${key}` },
      });
      expect(result.status, `declared: ${declareLength}`).toBe(400);
      expect(JSON.parse(result.body!)).toMatchObject({ statusCode: '413', error: 'Payload too large' });
    }
    expect((await objectsOf(SMALL)).map((row) => row.name)).toEqual(['fits.bin']);
    expect(fs.readdirSync(storageDir()).filter((file) => file.startsWith('.upload-'))).toEqual([]);
  });

  it("refuses a multipart upload over the bucket's limit through storage-js", async () => {
    const { error } = await service.storage.from(SMALL).upload('too-big.bin', new Blob([Buffer.alloc(SMALL_LIMIT + 1)]));
    expect(error).toMatchObject({ statusCode: '413' });
    expect((await objectsOf(SMALL)).map((row) => row.name)).toEqual(['fits.bin']);
  });

  it('refuses at the gateway a body over the storage limit of every bucket, with 413', async () => {
    const result = await bigPost({
      port: getStack().ports.gateway,
      path: `/storage/v1/object/${PRIVATE}/huge.bin`,
      bytes: BODY_LIMITS.storage + 1,
      declareLength: true,
      headers: { apikey: getStack().serviceRoleKey },
    });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body!)).toEqual({ message: 'Request size limit exceeded', limit: BODY_LIMITS.storage });
  });
});
