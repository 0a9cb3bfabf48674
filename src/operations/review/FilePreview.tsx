import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { errorMessage, useOpsDataProvider } from '../queries';
import { previewKind } from './previewKind';
import { signedUrlQuery } from './signedUrlQuery';

export interface FilePreviewProps {
  path: string;
  fileName: string | null;
  mimeType: string | null;
  height?: number | string;
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
export const FilePreview = ({ path, fileName, mimeType, height = '70vh' }: FilePreviewProps) => {
  const dataProvider = useOpsDataProvider();
  const t = useTranslate();
  const { data: url, error } = useQuery(signedUrlQuery(dataProvider, path));

  if (error) return <Alert severity="warning">{t('ops.review.preview_error', { message: errorMessage(error) })}</Alert>;
  if (!url) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, p: 2 }} role="status">
        <CircularProgress size={20} aria-label={t('ra.page.loading')} />
        <Typography variant="body2">{t('ops.review.preview_loading')}</Typography>
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
        src={url}
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
        src={url}
        referrerPolicy="no-referrer"
        alt={name}
        data-testid="file-preview-image"
        sx={{ maxWidth: '100%', maxHeight: height, objectFit: 'contain', display: 'block', mx: 'auto' }}
      />
    );
  }
  const separator = url.includes('?') ? '&' : '?';
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="body2" gutterBottom>
        {t('ops.review.preview_unavailable')}
      </Typography>
      <Button
        variant="outlined"
        startIcon={<DownloadIcon />}
        href={`${url}${separator}download=${encodeURIComponent(name)}`}
        data-testid="file-preview-download"
      >
        {t('ops.review.download', { name })}
      </Button>
    </Box>
  );
};
