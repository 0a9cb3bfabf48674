/** The activity feed's PostgREST query: filters and keyset pagination (newest first). Pure. */
export interface ActivityFilters {
  eventType?: string;
  actorType?: string;
  actorId?: string;
  dossierId?: string;
  from?: string; // YYYY-MM-DD (user's day)
  to?: string;
}

export interface Cursor {
  created_at: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value.trim());

/** Which filters are invalid (ids must be uuids, dates must be ordered). */
export function invalidFilters(filters: ActivityFilters): (keyof ActivityFilters)[] {
  const bad: (keyof ActivityFilters)[] = [];
  if (filters.actorId && !isUuid(filters.actorId)) bad.push('actorId');
  if (filters.dossierId && !isUuid(filters.dossierId)) bad.push('dossierId');
  if (filters.from && filters.to && filters.from > filters.to) bad.push('to');
  return bad;
}

const dayStart = (day: string) => new Date(`${day}T00:00:00`).toISOString();
const nextDayStart = (day: string) => {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + 1);
  return date.toISOString();
};

export const EVENT_SELECT = 'id,created_at,event_type,entity_type,entity_id,actor_type,actor_id,payload';

export function eventsQueryParams(filters: ActivityFilters, cursor: Cursor | null, pageSize: number): Record<string, string> {
  const params: Record<string, string> = {
    select: EVENT_SELECT,
    order: 'created_at.desc,id.desc',
    limit: String(pageSize),
  };
  if (filters.eventType) params.event_type = `eq.${filters.eventType}`;
  if (filters.actorType) params.actor_type = `eq.${filters.actorType}`;
  if (filters.actorId) params.actor_id = `eq.${filters.actorId.trim()}`;
  if (filters.dossierId) params['payload->>dossier_id'] = `eq.${filters.dossierId.trim().toLowerCase()}`;
  const and: string[] = [];
  if (filters.from) and.push(`created_at.gte.${dayStart(filters.from)}`);
  if (filters.to) and.push(`created_at.lt.${nextDayStart(filters.to)}`);
  if (cursor) {
    and.push(`or(created_at.lt.${cursor.created_at},and(created_at.eq.${cursor.created_at},id.lt.${cursor.id}))`);
  }
  if (and.length) params.and = `(${and.join(',')})`;
  return params;
}
