/** The review queue: pending, unreviewed versions, oldest first, one (the latest) per document. */
import type { OpsApi } from '../api';

export interface QueueVersion {
  id: string;
  document_id: string;
  version_number: number | null;
  file_name: string | null;
  mime_type: string | null;
  file_size_bytes: number | null;
  storage_path: string;
  uploaded_at: string;
  documents: {
    id: string;
    status: string;
    dossier_id: string;
    step_instance_id: string | null;
    document_types: { label: string | null; code: string | null } | null;
    dossiers: { id: string; type: string; status: string; profiles: { full_name: string | null; email: string | null } | null } | null;
  } | null;
}

export const QUEUE_SELECT = [
  'id', 'document_id', 'version_number', 'file_name', 'mime_type', 'file_size_bytes', 'storage_path', 'uploaded_at',
  'documents!inner(id,status,dossier_id,step_instance_id,document_types(label,code),dossiers(id,type,status,profiles(full_name,email)))',
  'document_reviews(id)',
].join(',');

/** Keeps the latest version of each document, oldest upload first. */
export function latestPerDocument<T extends Pick<QueueVersion, 'document_id' | 'version_number' | 'uploaded_at'>>(rows: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const current = latest.get(row.document_id);
    if (!current || (row.version_number ?? 0) > (current.version_number ?? 0)) latest.set(row.document_id, row);
  }
  return [...latest.values()].sort((a, b) => Date.parse(a.uploaded_at) - Date.parse(b.uploaded_at));
}

export async function loadReviewQueue(api: OpsApi, limit = 200): Promise<QueueVersion[]> {
  const rows = await api.select<QueueVersion>('document_versions', {
    select: QUEUE_SELECT,
    'documents.status': 'eq.PENDING',
    document_reviews: 'is.null',
    order: 'uploaded_at.asc,id.asc',
    limit: String(limit),
  });
  return latestPerDocument(rows);
}

export type PreviewKind = 'pdf' | 'image' | 'other';

/** The passive image types the storage service serves inline (stack/services/storage/serving.ts). */
const INLINE_IMAGES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/gif': 'gif', 'image/webp': 'webp' };
const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp'];

/**
 * How a file is previewed: only the types the storage service serves inline (PDF, PNG, JPEG, GIF,
 * WebP); the recorded MIME type decides, the file name only when there is none. Everything else
 * (SVG, HTML, XML, ...) is offered as a download.
 */
export function previewKind(mimeType: string | null | undefined, fileName: string | null | undefined): PreviewKind {
  const mime = (mimeType ?? '').split(';')[0]!.trim().toLowerCase();
  const extension = (fileName ?? '').toLowerCase().split('.').pop() ?? '';
  if (mime) {
    if (mime === 'application/pdf') return 'pdf';
    return INLINE_IMAGES[mime] ? 'image' : 'other';
  }
  if (extension === 'pdf') return 'pdf';
  return IMAGE_EXTENSIONS.includes(extension) ? 'image' : 'other';
}
