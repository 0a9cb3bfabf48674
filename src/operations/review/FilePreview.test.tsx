import { render, screen } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import type { OpsDataProvider } from '../api';
import { FilePreview } from './FilePreview';

const SIGNED = 'http://api.test/storage/v1/object/sign/documents/d/v/file?token=t';

function renderPreview(mimeType: string | null, fileName: string) {
  const signedUrl = vi.fn(async () => SIGNED);
  render(
    <AdminContext dataProvider={{} as unknown as OpsDataProvider}>
      <FilePreview path={`d/v/${fileName}`} fileName={fileName} mimeType={mimeType} signedUrl={signedUrl} />
    </AdminContext>,
  );
  return signedUrl;
}

describe('FilePreview', () => {
  it('frames a PDF from its signed URL, without sending the page address', async () => {
    renderPreview('application/pdf', 'scan.pdf');
    const frame = await screen.findByTestId('file-preview-pdf');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe(SIGNED);
    expect(frame.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('shows a passive image in an img element', async () => {
    renderPreview('image/webp', 'photo.webp');
    const image = await screen.findByTestId('file-preview-image');
    expect(image.tagName).toBe('IMG');
    expect(image.getAttribute('src')).toBe(SIGNED);
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
