import { describe, expect, it } from 'vitest';
import { filtersFromParams, invalidFilters, withFilter } from './activityFilters';

const DOSSIER = 'd0000000-0000-4000-8000-000000000001';

describe('activity filters in the URL', () => {
  it('reads every filter from its parameter and writes one without touching the others', () => {
    const params = new URLSearchParams(`type=STEP_COMPLETED&dossier=${DOSSIER}&from=2026-01-01&unrelated=x`);
    expect(filtersFromParams(params)).toEqual({ eventType: 'STEP_COMPLETED', dossierId: DOSSIER, from: '2026-01-01' });
    const next = withFilter(params, 'actorType', 'AGENT');
    expect(next.toString()).toBe(`type=STEP_COMPLETED&dossier=${DOSSIER}&from=2026-01-01&unrelated=x&actor_type=AGENT`);
    expect(withFilter(next, 'dossierId', undefined).has('dossier')).toBe(false);
  });

  it('rejects ids that are not uuids, malformed days and reversed ranges', () => {
    expect(invalidFilters({ dossierId: DOSSIER, from: '2026-01-01', to: '2026-01-01' })).toEqual([]);
    expect(invalidFilters({ dossierId: 'abc', actorId: 'x' })).toEqual(['actorId', 'dossierId']);
    expect(invalidFilters({ from: '2026-02-01', to: '2026-01-01' })).toEqual(['to']);
    expect(invalidFilters({ from: 'yesterday' })).toEqual(['from']);
  });
});
