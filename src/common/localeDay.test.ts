import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from './localeDay';

describe('days in the locale order', () => {
  it('shows a day day-first in French and month-first in English', () => {
    expect(formatDay('2026-08-16', 'fr')).toBe('16/08/2026');
    expect(formatDay('2026-08-16', 'en')).toBe('08/16/2026');
    expect(formatDay('', 'fr')).toBe('');
    expect(formatDay('garbage', 'fr')).toBe('');
  });

  it('reads what a French user types as day/month/year', () => {
    expect(parseDay('16/08/2026', 'fr')).toBe('2026-08-16');
    expect(parseDay('1/2/2026', 'fr')).toBe('2026-02-01');
    expect(parseDay(' 1.2.2026 ', 'fr')).toBe('2026-02-01');
  });

  it('reads what an English user types as month/day/year', () => {
    expect(parseDay('1/2/2026', 'en')).toBe('2026-01-02');
    expect(parseDay('08/16/2026', 'en')).toBe('2026-08-16');
  });

  it('reads an ISO day in every locale', () => {
    expect(parseDay('2019-03-01', 'en')).toBe('2019-03-01');
    expect(parseDay('2019-03-01', 'fr')).toBe('2019-03-01');
  });

  it('refuses what is not a real day', () => {
    expect(parseDay('31/02/2026', 'fr')).toBeNull();
    expect(parseDay('16/13/2026', 'fr')).toBeNull();
    expect(parseDay('16/08', 'fr')).toBeNull();
    expect(parseDay('16/08/26', 'fr')).toBeNull();
    expect(parseDay('', 'fr')).toBeNull();
  });

  it('round-trips in both languages', () => {
    for (const locale of ['fr', 'en']) expect(parseDay(formatDay('2026-12-01', locale), locale)).toBe('2026-12-01');
  });
});
