import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import RefreshIcon from '@mui/icons-material/Refresh';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  IconButton,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Title, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { Page, QueueItem } from '../../providers/operationsMethods';
import { errorMessage, opsKeys, useOpsDataProvider } from '../queries';
import { formatDuration, since } from '../time';
import { useNow } from '../useNow';
import { FilePreview } from './FilePreview';
import { reviewErrorKey } from './reviewErrors';
import { reviewActionFor, type ReviewAction } from './shortcuts';
import { prefetchFile } from './signedUrlQuery';
import { useFormatters } from '../../common/formatting';

type Decision = 'APPROVED' | 'REJECTED';

/** Reviewers clear the queue: oldest first, preview, approve / reject with notes, by keyboard. */
export const ReviewQueuePage = () => {
  const dataProvider = useOpsDataProvider();
  const queryClient = useQueryClient();
  const t = useTranslate();
  const formats = useFormatters();
  const notify = useNotify();
  const now = useNow(30_000);
  const { canAccess: canReview } = useCanAccess({ resource: 'document_reviews', action: 'review' });
  const queue = useQuery({ queryKey: opsKeys.queue, queryFn: () => dataProvider.getReviewQueue() });
  const items = queue.data?.rows;
  const loadError = errorMessage(queue.error);
  const load = () => void queue.refetch();
  const [index, setIndex] = useState(0);
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ severity: 'error' | 'warning' | 'success'; text: string } | null>(null);
  const notesRef = useRef<HTMLTextAreaElement | null>(null);

  const currentIndex = items && items.length > 0 ? Math.min(index, items.length - 1) : 0;
  const current = items && items.length > 0 ? items[currentIndex] : undefined;
  const upcoming = items?.[currentIndex + 1];

  // Prepare the next version's file while the reviewer looks at this one.
  const upcomingPath = upcoming?.version.storage_path;
  useEffect(() => {
    if (upcomingPath) void prefetchFile(queryClient, dataProvider, upcomingPath);
  }, [upcomingPath, queryClient, dataProvider]);

  const select = (next: number) => {
    if (!items || items.length === 0) return;
    setIndex(Math.max(0, Math.min(items.length - 1, next)));
    setNotes('');
    setMessage(null);
  };

  /** Drops the version from the queue; the next one (same position) shows at once. */
  const removeCurrent = (item: QueueItem) => {
    const rest = (items ?? []).filter((other) => other.id !== item.id);
    queryClient.setQueryData<Page<QueueItem>>(opsKeys.queue, (page) => (page ? { rows: rest, total: Math.max(0, page.total - 1) } : page));
    setNotes('');
    // The loaded page is done: fetch what else waits (others may have uploaded meanwhile).
    if (rest.length === 0) void queryClient.invalidateQueries({ queryKey: opsKeys.queue });
  };

  const decide = async (decision: Decision) => {
    if (!current || busy || !canReview) return;
    if (decision === 'REJECTED' && notes.trim() === '') {
      setMessage({ severity: 'warning', text: t('ops.review.notes_required') });
      notesRef.current?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    const item = current;
    try {
      await dataProvider.reviewDocumentVersion(item.version.id, decision, notes.trim() === '' ? null : notes.trim());
      notify(t(decision === 'APPROVED' ? 'ops.review.approved' : 'ops.review.rejected'), { type: 'success' });
      removeCurrent(item);
    } catch (error) {
      const key = reviewErrorKey(error);
      if (key === 'already_reviewed' || key === 'newer_version') {
        removeCurrent(item);
        setMessage({ severity: 'warning', text: t(`ops.review.${key}`) });
      } else {
        setMessage({ severity: 'error', text: key ? t(`ops.review.${key}`) : (error as Error).message });
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
  useEffect(() => {
    runRef.current = run;
  });

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
      <Title title={t('ops.review.title')} />
      <Stack direction="row" alignItems="center" spacing={1} sx={{ mb: 1 }}>
        <Typography variant="h6" component="h1">
          {t('ops.review.title')}
        </Typography>
        {queue.data ? <Chip size="small" label={t('ops.review.count', { smart_count: queue.data.total })} /> : null}
        <Tooltip title={t('ops.common.retry')}>
          <IconButton aria-label={t('ops.common.retry')} onClick={load} size="small">
            <RefreshIcon />
          </IconButton>
        </Tooltip>
        <Box sx={{ flex: 1 }} />
        <Typography variant="caption" color="text.secondary" data-testid="review-shortcuts">
          {t('ops.review.shortcuts')}
        </Typography>
      </Stack>
      {loadError ? <Alert severity="error">{t('ops.common.error', { message: loadError })}</Alert> : null}
      {message ? (
        <Alert severity={message.severity} sx={{ mb: 1 }} data-testid="review-message">
          {message.text}
        </Alert>
      ) : null}
      {!items && !loadError ? <CircularProgress aria-label={t('ops.common.loading')} /> : null}
      {items && items.length === 0 ? (
        <Card>
          <CardContent>
            <Typography data-testid="review-empty">{t('ops.review.empty')}</Typography>
          </CardContent>
        </Card>
      ) : null}
      {items && current ? (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '320px 1fr' }, gap: 2 }}>
          <Card sx={{ maxHeight: '80vh', overflow: 'auto' }}>
            <List dense aria-label={t('ops.review.title')}>
              {items.map((item, i) => (
                // A list item around the button: a list holds list items only (axe "list").
                <ListItem key={item.id} disablePadding>
                  <ListItemButton selected={item.id === current.id} onClick={() => select(i)} data-testid="review-queue-item">
                    <ListItemText
                      primary={`${item.document_types?.label ?? item.version.file_name ?? ''} · ${item.dossiers?.profiles?.full_name ?? ''}`}
                      secondary={t('ops.review.waiting', { time: formatDuration(since(item.version.uploaded_at, now), t) })}
                    />
                  </ListItemButton>
                </ListItem>
              ))}
            </List>
          </Card>
          <Card>
            <CardContent>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} alignItems={{ sm: 'center' }} sx={{ mb: 1 }}>
                <Box sx={{ flex: 1 }}>
                  <Typography variant="subtitle1" component="h2" data-testid="review-current-title">
                    {current.document_types?.label ?? t('ops.review.type')} — {current.version.file_name}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {t('ops.review.version', { number: current.version.version_number })} ·{' '}
                    {t('ops.review.uploaded', { date: formats.dateTime(current.version.uploaded_at) })} ·{' '}
                    {t('ops.review.waiting', { time: formatDuration(since(current.version.uploaded_at, now), t) })}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {t('ops.common.customer')}: {current.dossiers?.profiles?.full_name ?? t('ops.common.unknown')} ·{' '}
                    <Link to={`/dossiers/${current.dossier_id}/show`}>{t('ops.common.open_dossier')}</Link>
                  </Typography>
                </Box>
                <Tooltip title="K">
                  <span>
                    <IconButton aria-label={t('ops.review.previous')} onClick={() => run('previous')} disabled={currentIndex <= 0}>
                      <KeyboardArrowUpIcon />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title="J">
                  <span>
                    <IconButton aria-label={t('ops.review.next')} onClick={() => run('next')} disabled={currentIndex >= items.length - 1}>
                      <KeyboardArrowDownIcon />
                    </IconButton>
                  </span>
                </Tooltip>
              </Stack>
              <FilePreview
                key={current.version.id}
                path={current.version.storage_path}
                fileName={current.version.file_name}
                mimeType={current.version.mime_type}
                height="58vh"
              />
              {canReview ? (
                <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ mt: 2 }} alignItems={{ md: 'flex-start' }}>
                  <TextField
                    label={`${t('ops.review.notes')} (N)`}
                    placeholder={t('ops.review.notes_placeholder')}
                    value={notes}
                    onChange={(event) => setNotes(event.target.value)}
                    inputRef={notesRef}
                    multiline
                    minRows={2}
                    fullWidth
                    slotProps={{ htmlInput: { 'data-testid': 'review-notes' } }}
                  />
                  <Button
                    variant="contained"
                    color="success"
                    sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
                    startIcon={<CheckIcon />}
                    disabled={busy}
                    onClick={() => run('approve')}
                  >
                    {t('ops.review.approve')} (A)
                  </Button>
                  <Button
                    variant="contained"
                    color="error"
                    sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
                    startIcon={<CloseIcon />}
                    disabled={busy}
                    onClick={() => run('reject')}
                  >
                    {t('ops.review.reject')} (R)
                  </Button>
                </Stack>
              ) : (
                <Alert severity="info" sx={{ mt: 2 }}>
                  {t('ops.review.forbidden')}
                </Alert>
              )}
            </CardContent>
          </Card>
        </Box>
      ) : null}
    </Box>
  );
};
