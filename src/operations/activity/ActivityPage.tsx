import {
  Alert,
  Box,
  Button,
  Card,
  CircularProgress,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { DayTextField } from '../../common/DayTextField';
import { ENUMS } from '../../common/enums';
import { useFormatters } from '../../common/formatting';
import { ACTIVITY_PAGE_SIZE, type ActivityFilters, type Cursor } from '../../providers/operationsQueries';
import { errorMessage, opsKeys, useOpsDataProvider } from '../queries';
import { agentName, useAgentNames } from '../useAgentNames';
import { filtersFromParams, invalidFilters, withFilter } from './activityFilters';
import { DossierFilter } from './DossierFilter';
import { EventSummary } from './EventSummary';

/** The global event timeline, filtered from the URL, loading more as one scrolls. */
export const ActivityPage = () => {
  const dataProvider = useOpsDataProvider();
  const t = useTranslate();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const formats = useFormatters();
  const invalid = useMemo(() => invalidFilters(filters), [filters]);
  const agentsById = useAgentNames();
  const sentinel = useRef<HTMLDivElement | null>(null);

  const feed = useInfiniteQuery({
    queryKey: opsKeys.activity(filters),
    queryFn: ({ pageParam }) => dataProvider.getActivityEvents(filters, pageParam, ACTIVITY_PAGE_SIZE),
    initialPageParam: null as Cursor | null,
    getNextPageParam: (last) => {
      const end = last.at(-1);
      return last.length < ACTIVITY_PAGE_SIZE || !end ? undefined : { created_at: end.created_at, id: end.id };
    },
    enabled: invalid.length === 0,
  });
  const events = useMemo(() => feed.data?.pages.flat() ?? [], [feed.data]);
  const loading = feed.isFetching;
  const done = feed.isSuccess && !feed.hasNextPage;
  const error = errorMessage(feed.error);
  const { fetchNextPage, hasNextPage, isFetchingNextPage } = feed;

  // Load more when the end of the list scrolls into view.
  useEffect(() => {
    const node = sentinel.current;
    if (!node || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && hasNextPage && !isFetchingNextPage) void fetchNextPage();
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [fetchNextPage, hasNextPage, isFetchingNextPage]);

  const set = (key: keyof ActivityFilters, value: string | undefined) =>
    setParams((current) => withFilter(current, key, value), { replace: true });
  const onField = (key: keyof ActivityFilters) => (event: { target: { value: string } }) => set(key, event.target.value || undefined);

  return (
    <Box sx={{ mt: 2 }} data-testid="activity">
      <Title title={t('ops.activity.title')} />
      <Typography variant="h6" component="h1" sx={{ mb: 1 }}>
        {t('ops.activity.title')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
        <TextField
          fullWidth={false}
          select
          size="small"
          sx={{ minWidth: 200 }}
          label={t('ops.activity.event_type')}
          value={filters.eventType ?? ''}
          onChange={onField('eventType')}
        >
          <MenuItem value="">{t('ops.common.all')}</MenuItem>
          {ENUMS.event_type.map((type) => (
            <MenuItem key={type} value={type}>
              {t(`app.enums.event_type.${type}`, { _: type })}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          fullWidth={false}
          select
          size="small"
          sx={{ minWidth: 150 }}
          label={t('ops.activity.actor_type')}
          value={filters.actorType ?? ''}
          onChange={onField('actorType')}
        >
          <MenuItem value="">{t('ops.common.all')}</MenuItem>
          {ENUMS.actor_type.map((type) => (
            <MenuItem key={type} value={type}>
              {t(`ops.common.${type.toLowerCase()}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          fullWidth={false}
          select
          size="small"
          sx={{ minWidth: 200 }}
          label={t('ops.activity.actor')}
          value={filters.actorId && agentsById.has(filters.actorId) ? filters.actorId : ''}
          onChange={onField('actorId')}
        >
          <MenuItem value="">{t('ops.common.all')}</MenuItem>
          {[...agentsById.values()].map((agent) => (
            <MenuItem key={agent.id} value={agent.id}>
              {agentName(agent, agent.id)}
            </MenuItem>
          ))}
        </TextField>
        <DossierFilter dossierId={filters.dossierId} invalid={invalid.includes('dossierId')} onChange={(id) => set('dossierId', id)} />
        <DayTextField
          fullWidth={false}
          size="small"
          label={t('ops.common.from')}
          value={filters.from ?? ''}
          onChange={(day) => set('from', day || undefined)}
          error={invalid.includes('from')}
        />
        <DayTextField
          fullWidth={false}
          size="small"
          label={t('ops.common.to')}
          value={filters.to ?? ''}
          onChange={(day) => set('to', day || undefined)}
          error={invalid.includes('to')}
          helperText={invalid.includes('to') ? t('ops.activity.invalid_range') : undefined}
        />
      </Stack>
      {error ? <Alert severity="error">{t('ops.common.error', { message: error })}</Alert> : null}
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
          <Typography sx={{ p: 2 }} data-testid="activity-empty">
            {t('ops.activity.empty')}
          </Typography>
        ) : null}
        <Box ref={sentinel} sx={{ p: 1, display: 'flex', justifyContent: 'center' }}>
          {loading ? <CircularProgress size={24} aria-label={t('ops.common.loading')} /> : null}
          {!loading && hasNextPage ? <Button onClick={() => void fetchNextPage()}>{t('ops.common.load_more')}</Button> : null}
          {done && events.length > 0 ? (
            <Typography variant="caption" color="text.secondary">
              {t('ops.activity.end')}
            </Typography>
          ) : null}
        </Box>
      </Card>
    </Box>
  );
};
