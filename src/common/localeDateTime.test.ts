import { describe, expect, it } from 'vitest';
import { formatDateTime, isInstant, parseDateTime } from './localeDateTime';

const local = (year: number, month: number, day: number, hours: number, minutes: number) =>
  new Date(year, month - 1, day, hours, minutes).toISOString();

describe('date and time in the locale', () => {
  it('shows a moment day-first on a 24-hour clock in French, month-first with AM/PM in English', () => {
    const moment = local(2026, 8, 16, 22, 47);
    expect(formatDateTime(moment, 'fr')).toBe('16/08/2026 22:47');
    expect(formatDateTime(moment, 'en')).toBe('08/16/2026 10:47 PM');
    expect(formatDateTime(local(2026, 8, 16, 0, 5), 'en')).toBe('08/16/2026 12:05 AM');
    expect(formatDateTime(null, 'fr')).toBe('');
  });

  it('reads what a person types in the locale', () => {
    expect(parseDateTime('16/08/2026 22:47', 'fr')).toBe(local(2026, 8, 16, 22, 47));
    expect(parseDateTime('16/8/2026 22h47', 'fr')).toBe(local(2026, 8, 16, 22, 47));
    expect(parseDateTime('01/02/2026 09:30', 'fr')).toBe(local(2026, 2, 1, 9, 30));
    expect(parseDateTime('01/02/2026 09:30', 'en')).toBe(local(2026, 1, 2, 9, 30));
    expect(parseDateTime('08/16/2026 10:47 pm', 'en')).toBe(local(2026, 8, 16, 22, 47));
    expect(parseDateTime('8/16/2026, 12:00 AM', 'en')).toBe(local(2026, 8, 16, 0, 0));
    expect(parseDateTime('2026-08-16T22:47', 'fr')).toBe(local(2026, 8, 16, 22, 47));
  });

  it('gives no moment for text that is not one', () => {
    for (const text of [
      '08/16/2026 22:47',
      '31/02/2026 10:00',
      '16/08/2026 24:00',
      '16/08/2026 10:60',
      '16/08/2026',
      '13:00 PM 16/08/2026',
      'demain',
    ]) {
      expect(parseDateTime(text, 'fr'), text).toBeNull();
    }
    expect(parseDateTime('08/16/2026 13:00 PM', 'en')).toBeNull();
  });

  it('tells an instant from typed text', () => {
    expect(isInstant(local(2026, 8, 16, 22, 47))).toBe(true);
    expect(isInstant('16/08/2026 22:47')).toBe(false);
    expect(isInstant('2026-02-31T10:00:00.000Z')).toBe(false);
    expect(isInstant(null)).toBe(false);
  });
});
