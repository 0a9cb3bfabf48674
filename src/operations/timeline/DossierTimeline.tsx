import ChatIcon from '@mui/icons-material/ChatBubbleOutline';
import EventIcon from '@mui/icons-material/EventNote';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Alert, Box, Card, CardContent, CircularProgress, Chip, IconButton, List, ListItem, ListItemIcon, ListItemText, Stack, Typography } from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { useOpsApi } from '../api';
import { EventSummary } from '../activity/EventSummary';
import { agentName, loadActiveAgents, type AgentRow } from '../assignment/steps';
import { useOpsTranslate } from '../i18n';
import type { ReviewWithDocument } from './loadTimeline';
import { loadDossierTimeline } from './loadTimeline';
import type { TimelineItem } from './mergeTimeline';
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
  const api = useOpsApi();
  const t = useOpsTranslate();
  const formats = useFormatters();
  const translate = useTranslate();
  const [items, setItems] = useState<TimelineItem[] | null>(null);
  const [agents, setAgents] = useState<AgentRow[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (!id) return;
    setError(null);
    try {
      setItems(await loadDossierTimeline(api, id));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [api, id]);

  useEffect(() => {
    void load();
    loadActiveAgents(api).then(setAgents, () => setAgents([]));
  }, [load, api]);

  const agentsById = useMemo(() => new Map(agents.map((a) => [a.id, a])), [agents]);
  const status = (value: unknown) =>
    value == null ? '—' : translate(`app.enums.dossier_status_code.${String(value)}`, { _: String(value) });
  const who = (item: TimelineItem) => {
    if (item.actorType === 'SYSTEM' || (!item.actorId && item.actorType !== 'USER')) return t('common.system');
    if (item.actorId && agentsById.has(item.actorId)) return agentName(agentsById.get(item.actorId), item.actorId);
    return item.actorType === 'AGENT' ? t('common.agent') : t('common.user');
  };

  const describe = (item: TimelineItem) => {
    switch (item.kind) {
      case 'status':
        return item.row.old_status
          ? t('timeline.status', { old: status(item.row.old_status), new: status(item.row.new_status) })
          : t('timeline.status_initial', { new: status(item.row.new_status) });
      case 'message':
        return item.row.body;
      case 'review': {
        const review = item.row as ReviewWithDocument;
        const doc = review.document_versions;
        const label = doc?.documents?.document_types?.label ?? doc?.file_name ?? '';
        return `${t('timeline.review', { decision: translate(`app.enums.document_status.${review.decision}`, { _: review.decision }) })} — ${label}${
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
          <Typography variant="h6" component="h2">{t('timeline.title')}</Typography>
          <IconButton size="small" aria-label={t('common.retry')} onClick={() => void load()}><RefreshIcon fontSize="small" /></IconButton>
        </Stack>
        {error ? <Alert severity="error">{t('common.error', { message: error })}</Alert> : null}
        {!items && !error ? <CircularProgress size={24} aria-label={t('common.loading')} /> : null}
        {items && items.length === 0 ? <Typography color="text.secondary">{t('timeline.empty')}</Typography> : null}
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
                        <Chip size="small" sx={{ mr: 1 }} label={`${t('timeline.message')} · ${who(item)}`}
                          color={item.actorType === 'AGENT' ? 'primary' : item.actorType === 'USER' ? 'secondary' : 'default'} />
                      ) : null}
                      <Typography component="span" variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{describe(item)}</Typography>
                    </Box>
                  )
                }
                secondary={`${formats.dateTime(item.at)}${item.kind !== 'message' ? ` · ${t('timeline.by', { who: who(item) })}` : ''}`}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
