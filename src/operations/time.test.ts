import { describe, expect, it } from 'vitest';
import { durationParts, since } from './time';

describe('durationParts', () => {
  it('picks minutes, hours or days', () => {
    expect(durationParts(59_999)).toEqual({ unit: 'minutes', count: 0, hours: 0 });
    expect(durationParts(45 * 60_000)).toEqual({ unit: 'minutes', count: 45, hours: 0 });
    expect(durationParts(5 * 3_600_000 + 10)).toEqual({ unit: 'hours', count: 5, hours: 0 });
    expect(durationParts((3 * 24 + 4) * 3_600_000)).toEqual({ unit: 'days', count: 3, hours: 4 });
  });

  it('never goes negative (clock skew)', () => {
    expect(durationParts(-5000).count).toBe(0);
  });

  it('measures the time since an ISO date', () => {
    expect(since('2026-01-01T00:00:00Z', new Date('2026-01-01T01:00:00Z'))).toBe(3_600_000);
    expect(since(null, new Date())).toBe(0);
  });
});
