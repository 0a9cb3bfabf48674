import { describe, expect, it } from 'vitest';
import { previewKind } from './previewKind';

describe('previewKind', () => {
  it('previews PDFs and images inline, offers the rest as a download', () => {
    expect(previewKind('application/pdf', 'x.bin')).toBe('pdf');
    expect(previewKind(null, 'scan.PDF')).toBe('pdf');
    expect(previewKind('image/png', null)).toBe('image');
    expect(previewKind(null, 'photo.jpeg')).toBe('image');
    expect(previewKind('application/vnd.ms-excel', 'sheet.xls')).toBe('other');
  });

  it('previews only the passive types the storage serves inline; the MIME type wins over the name', () => {
    expect(previewKind('application/pdf; charset=binary', null)).toBe('pdf');
    for (const mime of ['image/png', 'image/jpeg', 'image/gif', 'image/webp']) expect(previewKind(mime, null)).toBe('image');
    for (const mime of ['image/svg+xml', 'text/html', 'application/xhtml+xml', 'text/xsl', 'text/xml']) {
      expect(previewKind(mime, 'looks-like.pdf'), mime).toBe('other');
    }
    expect(previewKind(null, 'drawing.svg')).toBe('other');
  });
});
