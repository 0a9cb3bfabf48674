/** The activity page's filters in the URL (shareable, kept on reload) and their checks. Pure. */
import type { ActivityFilters } from '../../providers/operationsQueries';

/** URL parameter of each filter. */
export const FILTER_PARAMS: Record<keyof ActivityFilters, string> = {
  eventType: 'type',
  actorType: 'actor_type',
  actorId: 'actor',
  dossierId: 'dossier',
  from: 'from',
  to: 'to',
};

export function filtersFromParams(params: URLSearchParams): ActivityFilters {
  const filters: ActivityFilters = {};
  for (const [key, name] of Object.entries(FILTER_PARAMS) as [keyof ActivityFilters, string][]) {
    const value = params.get(name)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** The URL parameters with one filter set (or removed when empty), the others kept. */
export function withFilter(params: URLSearchParams, key: keyof ActivityFilters, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(FILTER_PARAMS[key], value);
  else next.delete(FILTER_PARAMS[key]);
  return next;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value.trim());
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Which filters are invalid (ids must be uuids, days YYYY-MM-DD and in order): nothing is asked then. */
export function invalidFilters(filters: ActivityFilters): (keyof ActivityFilters)[] {
  const bad: (keyof ActivityFilters)[] = [];
  if (filters.actorId && !isUuid(filters.actorId)) bad.push('actorId');
  if (filters.dossierId && !isUuid(filters.dossierId)) bad.push('dossierId');
  if (filters.from && !DAY.test(filters.from)) bad.push('from');
  if (filters.to && !DAY.test(filters.to)) bad.push('to');
  else if (filters.from && filters.to && filters.from > filters.to) bad.push('to');
  return bad;
}
