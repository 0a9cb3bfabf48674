import ChatIcon from '@mui/icons-material/ChatBubbleOutline';
import EventIcon from '@mui/icons-material/EventNote';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import {
  Alert,
  Box,
  Card,
  CardContent,
  CircularProgress,
  Chip,
  IconButton,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { DossierReviewRow } from '../../providers/operationsMethods';
import { EventSummary } from '../activity/EventSummary';
import { errorMessage, opsKeys, useOpsDataProvider } from '../queries';
import { agentName, useAgentNames } from '../useAgentNames';
import { mergeTimeline, type TimelineItem } from './mergeTimeline';
import { useFormatters } from '../../common/formatting';

const ICONS = { status: <SwapHorizIcon />, event: <EventIcon />, message: <ChatIcon />, review: <FactCheckIcon /> };

export interface DossierTimelineProps {
  /** Defaults to the id of the record in context (a dossier show page). */
  dossierId?: string;
}

/** Status history, events, messages and reviews of a dossier, merged in time order (newest first). */
export const DossierTimeline = ({ dossierId }: DossierTimelineProps) => {
  const record = useRecordContext();
  const id = dossierId ?? (record?.id != null ? String(record.id) : undefined);
  const dataProvider = useOpsDataProvider();
  const t = useTranslate();
  const formats = useFormatters();
  const translate = useTranslate();
  const timeline = useQuery({
    queryKey: opsKeys.timeline(id ?? ''),
    queryFn: () => dataProvider.getDossierTimeline(id!),
    enabled: Boolean(id),
  });
  const items = useMemo(() => (timeline.data ? mergeTimeline(timeline.data, 'desc') : null), [timeline.data]);
  const error = errorMessage(timeline.error);
  const agentsById = useAgentNames();
  const status = (value: unknown) =>
    value == null ? '—' : translate(`app.enums.dossier_status_code.${String(value)}`, { _: String(value) });
  const who = (item: TimelineItem) => {
    if (item.actorType === 'SYSTEM' || (!item.actorId && item.actorType !== 'USER')) return t('ops.common.system');
    if (item.actorId && agentsById.has(item.actorId)) return agentName(agentsById.get(item.actorId), item.actorId);
    return item.actorType === 'AGENT' ? t('ops.common.agent') : t('ops.common.user');
  };

  const describe = (item: TimelineItem) => {
    switch (item.kind) {
      case 'status':
        return item.row.old_status
          ? t('ops.timeline.status', { old: status(item.row.old_status), new: status(item.row.new_status) })
          : t('ops.timeline.status_initial', { new: status(item.row.new_status) });
      case 'message':
        return item.row.body;
      case 'review': {
        const review = item.row as DossierReviewRow;
        const label = review.document_type_label ?? review.file_name ?? '';
        return `${t('ops.timeline.review', { decision: translate(`app.enums.document_status.${review.decision}`, { _: review.decision }) })} — ${label}${
          review.notes ? ` — “${review.notes}”` : ''
        }`;
      }
      default:
        return null;
    }
  };

  return (
    <Card variant="outlined" data-testid="dossier-timeline">
      <CardContent>
        <Stack direction="row" alignItems="center" spacing={1}>
          <Typography variant="h6" component="h2">
            {t('ops.timeline.title')}
          </Typography>
          <IconButton size="small" aria-label={t('ops.common.retry')} onClick={() => void timeline.refetch()}>
            <RefreshIcon fontSize="small" />
          </IconButton>
        </Stack>
        {error ? <Alert severity="error">{t('ops.common.error', { message: error })}</Alert> : null}
        {!items && !error ? <CircularProgress size={24} aria-label={t('ops.common.loading')} /> : null}
        {items && items.length === 0 ? <Typography color="text.secondary">{t('ops.timeline.empty')}</Typography> : null}
        <List dense>
          {(items ?? []).map((item) => (
            <ListItem key={item.id} alignItems="flex-start" data-testid={`timeline-${item.kind}`} divider>
              <ListItemIcon sx={{ minWidth: 36, mt: 0.5 }}>{ICONS[item.kind]}</ListItemIcon>
              <ListItemText
                slotProps={{ primary: { component: 'div' }, secondary: { component: 'div' } }}
                primary={
                  item.kind === 'event' ? (
                    <EventSummary
                      event={item.row}
                      actorName={item.actorId ? agentName(agentsById.get(item.actorId), '') : undefined}
                      nameOf={(agentId) => agentsById.get(agentId)?.full_name ?? undefined}
                      hideDossier
                    />
                  ) : (
                    <Box>
                      {item.kind === 'message' ? (
                        <Chip
                          size="small"
                          sx={{ mr: 1 }}
                          label={`${t('ops.timeline.message')} · ${who(item)}`}
                          color={item.actorType === 'AGENT' ? 'primary' : item.actorType === 'USER' ? 'secondary' : 'default'}
                        />
                      ) : null}
                      <Typography component="span" variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                        {describe(item)}
                      </Typography>
                    </Box>
                  )
                }
                secondary={`${formats.dateTime(item.at)}${item.kind !== 'message' ? ` · ${t('ops.timeline.by', { who: who(item) })}` : ''}`}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
