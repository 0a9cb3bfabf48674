import { describe, expect, it } from 'vitest';
import { eventsQueryParams, invalidFilters } from './eventsQuery';

const DOSSIER = '9e99f90a-16d3-4f08-de00-9b7e441e7862';

describe('eventsQueryParams', () => {
  it('asks for the newest events first, a page at a time', () => {
    expect(eventsQueryParams({}, null, 50)).toEqual({
      select: expect.stringContaining('event_type'),
      order: 'created_at.desc,id.desc',
      limit: '50',
    });
  });

  it('turns filters into PostgREST conditions', () => {
    const params = eventsQueryParams(
      { eventType: 'DOCUMENT_REVIEWED', actorType: 'AGENT', actorId: ` ${DOSSIER} `, dossierId: DOSSIER.toUpperCase() },
      null,
      10,
    );
    expect(params.event_type).toBe('eq.DOCUMENT_REVIEWED');
    expect(params.actor_type).toBe('eq.AGENT');
    expect(params.actor_id).toBe(`eq.${DOSSIER}`);
    expect(params['payload->>dossier_id']).toBe(`eq.${DOSSIER}`);
  });

  it('bounds dates by whole days and continues after the cursor (ties by id)', () => {
    const params = eventsQueryParams({ from: '2026-01-01', to: '2026-01-31' }, { created_at: '2026-01-10T00:00:00Z', id: 'x' }, 5);
    expect(params.and).toBe(
      `(created_at.gte.${new Date('2026-01-01T00:00:00').toISOString()},` +
        `created_at.lt.${new Date('2026-02-01T00:00:00').toISOString()},` +
        'or(created_at.lt.2026-01-10T00:00:00Z,and(created_at.eq.2026-01-10T00:00:00Z,id.lt.x)))',
    );
  });
});

describe('invalidFilters', () => {
  it('flags ids that are not uuids and reversed dates', () => {
    expect(invalidFilters({ actorId: 'bob', dossierId: 'x', from: '2026-02-01', to: '2026-01-01' })).toEqual([
      'actorId', 'dossierId', 'to',
    ]);
    expect(invalidFilters({ dossierId: DOSSIER, from: '2026-01-01', to: '2026-01-01' })).toEqual([]);
  });
});
