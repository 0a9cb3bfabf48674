import { Alert, Box, Button, Card, CircularProgress, List, ListItem, ListItemText, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { DayTextField } from '../../common/DayTextField';
import { ENUMS } from '../../common/enums';
import { useOpsApi } from '../api';
import { useOpsTranslate } from '../i18n';
import { loadActiveAgents, agentName, type AgentRow } from '../assignment/steps';
import type { EventRow } from '../timeline/mergeTimeline';
import { EventSummary } from './EventSummary';
import { eventsQueryParams, invalidFilters, type ActivityFilters } from './eventsQuery';
import { useFormatters } from '../../common/formatting';

const PAGE_SIZE = 50;

/** The global event timeline, filterable, loading more as one scrolls. */
export const ActivityPage = () => {
  const api = useOpsApi();
  const t = useOpsTranslate();
  const formats = useFormatters();
  const translate = useTranslate();
  const [filters, setFilters] = useState<ActivityFilters>({});
  const [events, setEvents] = useState<EventRow[]>([]);
  const [done, setDone] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [agents, setAgents] = useState<AgentRow[]>([]);
  const sentinel = useRef<HTMLDivElement | null>(null);
  const generation = useRef(0);
  const invalid = useMemo(() => invalidFilters(filters), [filters]);

  useEffect(() => {
    loadActiveAgents(api).then(setAgents, () => setAgents([]));
  }, [api]);

  const loadPage = useCallback(
    async (reset: boolean) => {
      if (invalid.length) return;
      const run = reset ? ++generation.current : generation.current;
      setLoading(true);
      setError(null);
      try {
        const last = reset ? null : events[events.length - 1];
        const rows = await api.select<EventRow>(
          'events',
          eventsQueryParams(filters, last ? { created_at: last.created_at, id: last.id } : null, PAGE_SIZE),
        );
        if (run !== generation.current) return;
        setEvents((list) => (reset ? rows : [...list, ...rows]));
        setDone(rows.length < PAGE_SIZE);
      } catch (e) {
        if (run === generation.current) setError((e as Error).message);
      } finally {
        if (run === generation.current) setLoading(false);
      }
    },
    [api, filters, events, invalid],
  );

  // Filters changed: start again.
  useEffect(() => {
    setEvents([]);
    setDone(false);
    void loadPage(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters, api]);

  // Load more when the end of the list scrolls into view.
  useEffect(() => {
    const node = sentinel.current;
    if (!node || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !loading && !done && !error && events.length > 0) void loadPage(false);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [loadPage, loading, done, error, events.length]);

  const agentsById = useMemo(() => new Map(agents.map((a) => [a.id, a])), [agents]);
  const set = (key: keyof ActivityFilters) => (event: { target: { value: string } }) =>
    setFilters((f) => ({ ...f, [key]: event.target.value || undefined }));

  return (
    <Box sx={{ mt: 2 }} data-testid="activity">
      <Title title={t('activity.title')} />
      <Typography variant="h6" component="h1" sx={{ mb: 1 }}>{t('activity.title')}</Typography>
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
        <TextField fullWidth={false} select size="small" sx={{ minWidth: 200 }} label={t('activity.event_type')} value={filters.eventType ?? ''} onChange={set('eventType')}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {ENUMS.event_type.map((type) => (
            <MenuItem key={type} value={type}>{translate(`app.enums.event_type.${type}`, { _: type })}</MenuItem>
          ))}
        </TextField>
        <TextField fullWidth={false} select size="small" sx={{ minWidth: 150 }} label={t('activity.actor_type')} value={filters.actorType ?? ''} onChange={set('actorType')}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {ENUMS.actor_type.map((type) => (
            <MenuItem key={type} value={type}>{t(`common.${type.toLowerCase()}`)}</MenuItem>
          ))}
        </TextField>
        <TextField
          fullWidth={false}
          select
          size="small"
          sx={{ minWidth: 200 }}
          label={t('activity.actor')}
          value={filters.actorId && agentsById.has(filters.actorId) ? filters.actorId : ''}
          onChange={set('actorId')}
        >
          <MenuItem value="">{t('common.all')}</MenuItem>
          {agents.map((agent) => (
            <MenuItem key={agent.id} value={agent.id}>{agentName(agent, agent.id)}</MenuItem>
          ))}
        </TextField>
        <TextField
          fullWidth={false}
          size="small"
          sx={{ minWidth: 320 }}
          label={t('activity.dossier')}
          value={filters.dossierId ?? ''}
          onChange={set('dossierId')}
          error={invalid.includes('dossierId')}
          helperText={invalid.includes('dossierId') ? t('activity.invalid_uuid') : undefined}
        />
        <DayTextField fullWidth={false} size="small" label={t('common.from')} value={filters.from ?? ''} onChange={(from) => set('from')({ target: { value: from } })} />
        <DayTextField
          fullWidth={false}
          size="small"
          label={t('common.to')}
          value={filters.to ?? ''}
          onChange={(to) => set('to')({ target: { value: to } })}
          error={invalid.includes('to')}
          helperText={invalid.includes('to') ? t('activity.invalid_range') : undefined}
        />
      </Stack>
      {error ? <Alert severity="error">{t('common.error', { message: error })}</Alert> : null}
      <Card>
        <List dense>
          {events.map((event) => (
            <ListItem key={event.id} divider data-testid="activity-event">
              <ListItemText
                primary={
                  <EventSummary
                    event={event}
                    actorName={event.actor_id ? agentName(agentsById.get(event.actor_id), '') : undefined}
                    nameOf={(agentId) => agentsById.get(agentId)?.full_name ?? undefined}
                  />
                }
                secondary={formats.dateTime(event.created_at)}
                slotProps={{ primary: { component: 'div' } }}
              />
            </ListItem>
          ))}
        </List>
        {!loading && events.length === 0 && !error ? (
          <Typography sx={{ p: 2 }} data-testid="activity-empty">{t('activity.empty')}</Typography>
        ) : null}
        <Box ref={sentinel} sx={{ p: 1, display: 'flex', justifyContent: 'center' }}>
          {loading ? <CircularProgress size={24} aria-label={t('common.loading')} /> : null}
          {!loading && !done && events.length > 0 ? (
            <Button onClick={() => void loadPage(false)}>{t('common.load_more')}</Button>
          ) : null}
          {done && events.length > 0 ? <Typography variant="caption" color="text.secondary">{t('activity.end')}</Typography> : null}
        </Box>
      </Card>
    </Box>
  );
};
