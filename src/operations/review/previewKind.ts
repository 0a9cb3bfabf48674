/** How the review queue previews a file. Pure. */
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
