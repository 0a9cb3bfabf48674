import { Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { EventRow } from '../timeline/mergeTimeline';
import { eventDetails } from './eventDetails';

/** One event: its type, the actor, its dossier and the interesting payload values. */
export interface EventSummaryProps {
  event: EventRow;
  actorName?: string;
  /** Names agents mentioned in the payload (assigned_to, reviewer). */
  nameOf?: (id: string) => string | undefined;
  /** Inside a dossier's own timeline the dossier link is noise. */
  hideDossier?: boolean;
}

export const EventSummary = ({ event, actorName, nameOf, hideDossier }: EventSummaryProps) => {
  const translate = useTranslate();
  const t = useTranslate();
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  const dossierId = typeof payload.dossier_id === 'string' ? payload.dossier_id : null;
  const [locale] = useLocaleState();
  const details = eventDetails(event, translate, locale).join(' ');
  const actorType = event.actor_type ?? 'SYSTEM';
  const assignee = typeof payload.assigned_to === 'string' ? (nameOf?.(payload.assigned_to) ?? null) : null;
  return (
    <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap">
      <Chip size="small" label={translate(`app.enums.event_type.${event.event_type}`, { _: event.event_type })} data-testid="event-type" />
      <Chip size="small" variant="outlined" label={t(`ops.common.${actorType.toLowerCase()}`)} />
      {actorName ? <Typography variant="body2">{actorName}</Typography> : null}
      {assignee ? <Typography variant="body2">→ {assignee}</Typography> : null}
      {dossierId && !hideDossier ? (
        <Typography variant="body2">
          <Link to={`/dossiers/${dossierId}/show`}>
            {t('ops.common.dossier')} {dossierId.slice(0, 8)}
          </Link>
        </Typography>
      ) : null}
      {details ? (
        <Typography variant="body2" color="text.secondary">
          {details}
        </Typography>
      ) : null}
    </Stack>
  );
};
