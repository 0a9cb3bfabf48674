import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderOps } from '../renderOps';
import { FilePreview } from './FilePreview';

const SIGNED = 'http://api.test/storage/v1/object/sign/documents/d/v/file?token=t';

function renderPreview(mimeType: string | null, fileName: string) {
  const getDocumentSignedUrl = vi.fn(async () => SIGNED);
  renderOps(
    <FilePreview path={`d/v/${fileName}`} fileName={fileName} mimeType={mimeType} />,
    { getDocumentSignedUrl },
    { role: 'REVIEWER' },
  );
  return getDocumentSignedUrl;
}

describe('FilePreview', () => {
  it('frames a PDF from its signed URL (asked through the data provider), without sending the page address', async () => {
    const sign = renderPreview('application/pdf', 'scan.pdf');
    const frame = await screen.findByTestId('file-preview-pdf');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe(SIGNED);
    expect(frame.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(sign).toHaveBeenCalledWith('d/v/scan.pdf');
  });

  it('shows a passive image in an img element', async () => {
    renderPreview('image/webp', 'photo.webp');
    const image = await screen.findByTestId('file-preview-image');
    expect(image.tagName).toBe('IMG');
    expect(image.getAttribute('src')).toBe(SIGNED);
  });

  it('says so when the file cannot be signed', async () => {
    const getDocumentSignedUrl = vi.fn(async () => {
      throw new Error('Object not found');
    });
    renderOps(<FilePreview path="d/v/x.pdf" fileName="x.pdf" mimeType="application/pdf" />, { getDocumentSignedUrl });
    expect((await screen.findByRole('alert')).textContent).toContain('Object not found');
  });

  it.each([
    ['image/svg+xml', 'drawing.svg'],
    ['text/html', 'page.pdf'],
    ['application/xhtml+xml', 'page.xhtml'],
    ['text/xsl', 'style.xsl'],
  ])('never frames or shows %s (%s): it offers a download', async (mimeType, fileName) => {
    renderPreview(mimeType, fileName);
    const link = await screen.findByTestId('file-preview-download');
    expect(link.getAttribute('href')).toBe(`${SIGNED}&download=${encodeURIComponent(fileName)}`);
    expect(document.querySelector('iframe, img, object, embed')).toBeNull();
  });
});
