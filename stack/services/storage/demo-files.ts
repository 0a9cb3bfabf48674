/**
 * Demo files for seeded document versions: every document_versions row whose storage_path has no
 * object in the `documents` bucket gets one (a real PDF or PNG from supabase/seed-files, chosen by
 * the file's extension), so previews work on demo data. Idempotent; call it after seeding.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import type { StackConfig } from '../../config';
import { FileStore } from './files';
import { buildDemoPdf, buildDemoPng } from './demo-content';

export const DOCUMENTS_BUCKET = 'documents';
export const SEED_FILES_DIR = (config: StackConfig) => path.join(config.rootDir, 'supabase', 'seed-files');
export const storageRoot = (config: StackConfig) => path.join(config.dataDir, 'storage');

interface DemoFile {
  bytes: Buffer;
  mimetype: string;
}

function loadDemoFiles(config: StackConfig): { pdf: DemoFile; png: DemoFile; text: DemoFile } {
  const read = (name: string, fallback: () => Buffer) => {
    const file = path.join(SEED_FILES_DIR(config), name);
    return existsSync(file) ? readFileSync(file) : fallback();
  };
  return {
    pdf: { bytes: read('demo-document.pdf', () => buildDemoPdf('Demo document')), mimetype: 'application/pdf' },
    png: { bytes: read('demo-image.png', () => buildDemoPng()), mimetype: 'image/png' },
    text: { bytes: Buffer.from('Demo document (plain text)\n'), mimetype: 'text/plain' },
  };
}

export function demoFileFor(name: string, files: ReturnType<typeof loadDemoFiles>): DemoFile {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (extension === 'pdf') return files.pdf;
  if (['png', 'jpg', 'jpeg', 'gif', 'webp'].includes(extension)) return files.png;
  return files.text;
}

export interface DemoFilesResult {
  created: number;
}

/** Places demo files for versions that have none (at most `limit`, default 10,000; latest pending versions first). */
export async function ensureDemoFiles(config: StackConfig, options: { limit?: number } = {}): Promise<DemoFilesResult> {
  const client = new pg.Client({ connectionString: config.dbUrl, application_name: 'storage-demo-files' });
  await client.connect();
  try {
    const ready = await client.query(
      `select to_regclass('public.document_versions') is not null as versions,
              exists (select 1 from storage.buckets where id = $1) as bucket`,
      [DOCUMENTS_BUCKET],
    );
    if (!ready.rows[0].versions || !ready.rows[0].bucket) return { created: 0 };
    // What the screens open first: the latest version of each PENDING document (the review
    // queue's previews, oldest waiting first included), then the other latest versions, then the rest.
    const { rows } = await client.query<{ storage_path: string }>(
      `select v.storage_path
       from public.document_versions v
       join public.documents d on d.id = v.document_id
       where v.storage_path is not null
         and not exists (select 1 from storage.objects o where o.bucket_id = $1 and o.name = v.storage_path)
       order by (d.status = 'PENDING') desc,
                (v.version_number = (select max(l.version_number) from public.document_versions l
                                     where l.document_id = v.document_id)) desc,
                v.uploaded_at desc
       limit $2`,
      [DOCUMENTS_BUCKET, options.limit ?? 10000],
    );
    const files = loadDemoFiles(config);
    const store = new FileStore(storageRoot(config));
    let created = 0;
    for (const { storage_path: name } of rows) {
      const file = demoFileFor(name, files);
      const id = randomUUID();
      const staged = await store.stage(DOCUMENTS_BUCKET, file.bytes);
      const metadata = {
        eTag: `"${createHash('md5').update(file.bytes).digest('hex')}"`,
        size: file.bytes.length,
        mimetype: file.mimetype,
        cacheControl: 'max-age=3600',
        lastModified: new Date().toISOString(),
        contentLength: file.bytes.length,
        httpStatusCode: 200,
      };
      const inserted = await client.query(
        `insert into storage.objects (id, bucket_id, name, metadata, version)
         values ($1, $2, $3, $4, $5) on conflict (bucket_id, name) do nothing`,
        [id, DOCUMENTS_BUCKET, name, metadata, randomUUID()],
      );
      if (inserted.rowCount) {
        await staged.commit(id);
        created++;
      } else {
        await staged.discard();
      }
    }
    return { created };
  } finally {
    await client.end();
  }
}
