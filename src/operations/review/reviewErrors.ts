/**
 * What went wrong with review_document_version, as a message key of ops.review.*. The SQL
 * function raises P0001 "this document version has already been reviewed" when another reviewer
 * decided first (the version row is locked, so exactly one review is ever written).
 */
export type ReviewErrorKey = 'already_reviewed' | 'newer_version' | 'notes_required' | 'forbidden';

interface ErrorShape {
  message?: unknown;
  status?: unknown;
  body?: { code?: unknown; message?: unknown } | null;
}

export function reviewErrorKey(error: unknown): ReviewErrorKey | null {
  const e = (error ?? {}) as ErrorShape;
  const text = `${String(e.body?.message ?? '')} ${String(e.message ?? '')}`.toLowerCase();
  if (text.includes('already been reviewed')) return 'already_reviewed';
  if (text.includes('newer version')) return 'newer_version';
  if (text.includes('notes are required')) return 'notes_required';
  if (e.body?.code === '42501' || e.status === 403) return 'forbidden';
  return null;
}
