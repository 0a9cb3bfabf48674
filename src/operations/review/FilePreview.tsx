import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useOpsApi } from '../api';
import { useOpsTranslate } from '../i18n';
import { previewKind } from './queue';

export interface FilePreviewProps {
  path: string;
  fileName: string | null;
  mimeType: string | null;
  height?: number | string;
  /** Where signed URLs come from (default: sign each time through the API). */
  signedUrl?: (path: string) => Promise<string>;
}

/**
 * The file of a document version, through a short-lived signed URL: PDF and passive images inline,
 * everything else as a download.
 *
 * The PDF frame has no `sandbox` attribute: Chromium refuses to run its PDF viewer in a sandboxed
 * frame, whatever the allow-list (crbug.com/413851; e2e/file-preview.spec.ts shows it). The framed
 * document is sandboxed by its answer instead: the storage service serves every object with
 * `Content-Security-Policy: sandbox` (opaque origin, no scripts, forms, popups or navigation of
 * this page) and `X-Content-Type-Options: nosniff`, and inline only for PDF, PNG, JPEG, GIF and
 * WebP (stack/services/storage/serving.ts), so a file that is not really a PDF cannot run here.
 */
export const FilePreview = ({ path, fileName, mimeType, height = '70vh', signedUrl }: FilePreviewProps) => {
  const api = useOpsApi();
  const t = useOpsTranslate();
  const [state, setState] = useState<{ path: string; url?: string; error?: string }>({ path });

  useEffect(() => {
    let cancelled = false;
    setState({ path });
    (signedUrl ?? ((p: string) => api.signedFileUrl(p)))(path).then(
      (url) => !cancelled && setState({ path, url }),
      (error: unknown) => !cancelled && setState({ path, error: (error as Error).message }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, path, signedUrl]);

  if (state.error) return <Alert severity="warning">{t('review.preview_error', { message: state.error })}</Alert>;
  if (!state.url || state.path !== path) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, p: 2 }} role="status">
        <CircularProgress size={20} />
        <Typography variant="body2">{t('review.preview_loading')}</Typography>
      </Box>
    );
  }
  const name = fileName ?? path.split('/').pop() ?? 'file';
  const kind = previewKind(mimeType, fileName);
  if (kind === 'pdf') {
    return (
      <Box
        component="iframe"
        title={name}
        src={state.url}
        referrerPolicy="no-referrer"
        data-testid="file-preview-pdf"
        sx={{ width: '100%', height, border: 0, bgcolor: 'background.default' }}
      />
    );
  }
  if (kind === 'image') {
    return (
      <Box
        component="img"
        src={state.url}
        referrerPolicy="no-referrer"
        alt={name}
        data-testid="file-preview-image"
        sx={{ maxWidth: '100%', maxHeight: height, objectFit: 'contain', display: 'block', mx: 'auto' }}
      />
    );
  }
  const separator = state.url.includes('?') ? '&' : '?';
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="body2" gutterBottom>{t('review.preview_unavailable')}</Typography>
      <Button
        variant="outlined"
        startIcon={<DownloadIcon />}
        href={`${state.url}${separator}download=${encodeURIComponent(name)}`}
        data-testid="file-preview-download"
      >
        {t('review.download', { name })}
      </Button>
    </Box>
  );
};
