import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import RefreshIcon from '@mui/icons-material/Refresh';
import {
  Alert, Box, Button, Card, CardContent, Chip, CircularProgress, IconButton, List, ListItemButton, ListItemText,
  Stack, TextField, Tooltip, Typography,
} from '@mui/material';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Title, useCanAccess, useNotify } from 'react-admin';
import { Link } from 'react-router-dom';
import { useOpsApi } from '../api';
import { useOpsTranslate } from '../i18n';
import { formatDuration, since } from '../time';
import { useNow } from '../useNow';
import { FilePreview } from './FilePreview';
import { loadReviewQueue, type QueueVersion } from './queue';
import { reviewErrorKey } from './reviewErrors';
import { reviewActionFor, type ReviewAction } from './shortcuts';
import { createSignedUrlCache } from './signedUrlCache';
import { useFormatters } from '../../common/formatting';

type Decision = 'APPROVED' | 'REJECTED';

/** Reviewers clear the queue: oldest first, preview, approve / reject with notes, by keyboard. */
export const ReviewQueuePage = () => {
  const api = useOpsApi();
  const t = useOpsTranslate();
  const formats = useFormatters();
  const notify = useNotify();
  const now = useNow(30_000);
  const { canAccess: canReview } = useCanAccess({ resource: 'document_reviews', action: 'review' });
  const [items, setItems] = useState<QueueVersion[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ severity: 'error' | 'warning' | 'success'; text: string } | null>(null);
  const notesRef = useRef<HTMLTextAreaElement | null>(null);
  const urls = useMemo(() => createSignedUrlCache((path) => api.signedFileUrl(path)), [api]);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      setItems(await loadReviewQueue(api));
    } catch (error) {
      setLoadError((error as Error).message);
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const currentIndex = items && items.length > 0 ? Math.min(index, items.length - 1) : 0;
  const current = items && items.length > 0 ? items[currentIndex] : undefined;
  const upcoming = items?.[currentIndex + 1];

  // Prepare the next version's file while the reviewer looks at this one.
  useEffect(() => {
    if (upcoming) urls.prefetch(upcoming.storage_path);
  }, [upcoming, urls]);

  const select = (next: number) => {
    if (!items || items.length === 0) return;
    setIndex(Math.max(0, Math.min(items.length - 1, next)));
    setNotes('');
    setMessage(null);
  };

  /** Drops the version from the queue; the next one (same position) shows at once. */
  const removeCurrent = (version: QueueVersion) => {
    const rest = (items ?? []).filter((item) => item.id !== version.id);
    setItems(rest);
    setNotes('');
    // The loaded page is done: fetch what else waits (others may have uploaded meanwhile).
    if (rest.length === 0) void load();
  };

  const decide = async (decision: Decision) => {
    if (!current || busy || !canReview) return;
    if (decision === 'REJECTED' && notes.trim() === '') {
      setMessage({ severity: 'warning', text: t('review.notes_required') });
      notesRef.current?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    const version = current;
    try {
      await api.rpc('review_document_version', {
        p_version_id: version.id,
        p_decision: decision,
        p_notes: notes.trim() === '' ? null : notes.trim(),
      });
      notify(t(decision === 'APPROVED' ? 'review.approved' : 'review.rejected'), { type: 'success' });
      removeCurrent(version);
    } catch (error) {
      const key = reviewErrorKey(error);
      if (key === 'already_reviewed' || key === 'newer_version') {
        removeCurrent(version);
        setMessage({ severity: 'warning', text: t(`review.${key}`) });
      } else {
        setMessage({ severity: 'error', text: key ? t(`review.${key}`) : (error as Error).message });
      }
    } finally {
      setBusy(false);
    }
  };

  const run = (action: ReviewAction) => {
    if (action === 'approve') void decide('APPROVED');
    else if (action === 'reject') void decide('REJECTED');
    else if (action === 'notes') notesRef.current?.focus();
    else if (action === 'next') select(currentIndex + 1);
    else select(currentIndex - 1);
  };
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && event.target === notesRef.current) {
        notesRef.current?.blur();
        return;
      }
      const action = reviewActionFor(event);
      if (!action) return;
      event.preventDefault();
      runRef.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <Box sx={{ mt: 2 }} data-testid="review-queue">
      <Title title={t('review.title')} />
      <Stack direction="row" alignItems="center" spacing={1} sx={{ mb: 1 }}>
        <Typography variant="h6" component="h1">{t('review.title')}</Typography>
        {items ? <Chip size="small" label={t('review.count', { smart_count: items.length })} /> : null}
        <Tooltip title={t('common.retry')}>
          <IconButton aria-label={t('common.retry')} onClick={() => void load()} size="small"><RefreshIcon /></IconButton>
        </Tooltip>
        <Box sx={{ flex: 1 }} />
        <Typography variant="caption" color="text.secondary" data-testid="review-shortcuts">{t('review.shortcuts')}</Typography>
      </Stack>
      {loadError ? <Alert severity="error">{t('common.error', { message: loadError })}</Alert> : null}
      {message ? <Alert severity={message.severity} sx={{ mb: 1 }} data-testid="review-message">{message.text}</Alert> : null}
      {!items && !loadError ? <CircularProgress aria-label={t('common.loading')} /> : null}
      {items && items.length === 0 ? (
        <Card><CardContent><Typography data-testid="review-empty">{t('review.empty')}</Typography></CardContent></Card>
      ) : null}
      {items && current ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '320px 1fr' }, gap: 2 }}>
          <Card sx={{ maxHeight: '80vh', overflow: 'auto' }}>
            <List dense aria-label={t('review.title')}>
              {items.map((item, i) => (
                <ListItemButton
                  key={item.id}
                  selected={item.id === current.id}
                  onClick={() => select(i)}
                  data-testid="review-queue-item"
                >
                  <ListItemText
                    primary={`${item.documents?.document_types?.label ?? item.file_name ?? ''} · ${item.documents?.dossiers?.profiles?.full_name ?? ''}`}
                    secondary={t('review.waiting', { time: formatDuration(since(item.uploaded_at, now), t) })}
                  />
                </ListItemButton>
              ))}
            </List>
          </Card>
          <Card>
            <CardContent>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} alignItems={{ sm: 'center' }} sx={{ mb: 1 }}>
                <Box sx={{ flex: 1 }}>
                  <Typography variant="subtitle1" component="h2" data-testid="review-current-title">
                    {current.documents?.document_types?.label ?? t('review.type')} — {current.file_name}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {t('review.version', { number: current.version_number ?? 1 })} ·{' '}
                    {t('review.uploaded', { date: formats.dateTime(current.uploaded_at) })} ·{' '}
                    {t('review.waiting', { time: formatDuration(since(current.uploaded_at, now), t) })}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {t('common.customer')}: {current.documents?.dossiers?.profiles?.full_name ?? t('common.unknown')} ·{' '}
                    <Link to={`/dossiers/${current.documents?.dossier_id}/show`}>{t('common.open_dossier')}</Link>
                  </Typography>
                </Box>
                <Tooltip title="K">
                  <span>
                    <IconButton aria-label={t('review.previous')} onClick={() => run('previous')} disabled={currentIndex <= 0}>
                      <KeyboardArrowUpIcon />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title="J">
                  <span>
                    <IconButton aria-label={t('review.next')} onClick={() => run('next')} disabled={currentIndex >= items.length - 1}>
                      <KeyboardArrowDownIcon />
                    </IconButton>
                  </span>
                </Tooltip>
              </Stack>
              <FilePreview key={current.id} path={current.storage_path} fileName={current.file_name} mimeType={current.mime_type} height="58vh" signedUrl={urls.get} />
              {canReview ? (
                <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ mt: 2 }} alignItems={{ md: 'flex-start' }}>
                  <TextField
                    label={`${t('review.notes')} (N)`}
                    placeholder={t('review.notes_placeholder')}
                    value={notes}
                    onChange={(event) => setNotes(event.target.value)}
                    inputRef={notesRef}
                    multiline
                    minRows={2}
                    fullWidth
                    slotProps={{ htmlInput: { 'data-testid': 'review-notes' } }}
                  />
                  <Button variant="contained" color="success" sx={{ whiteSpace: 'nowrap', flexShrink: 0 }} startIcon={<CheckIcon />} disabled={busy} onClick={() => run('approve')}>
                    {t('review.approve')} (A)
                  </Button>
                  <Button variant="contained" color="error" sx={{ whiteSpace: 'nowrap', flexShrink: 0 }} startIcon={<CloseIcon />} disabled={busy} onClick={() => run('reject')}>
                    {t('review.reject')} (R)
                  </Button>
                </Stack>
              ) : (
                <Alert severity="info" sx={{ mt: 2 }}>{t('review.forbidden')}</Alert>
              )}
            </CardContent>
          </Card>
        </Box>
      ) : null}
    </Box>
  );
};
