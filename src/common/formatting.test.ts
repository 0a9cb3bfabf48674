import { describe, expect, it } from 'vitest';
import { formatCurrencyUnits, formatDate, formatDateTime, formatNumber } from './formatting';

const at = '2026-08-16T22:47:18';

describe('one format per locale', () => {
  it('prints French dates day first, with a 24-hour clock', () => {
    expect(formatDateTime(at, 'fr')).toBe('16/08/2026 22:47:18');
    expect(formatDate(at, 'fr')).toBe('16/08/2026');
  });

  it('prints English dates as react-admin does', () => {
    expect(formatDateTime(at, 'en')).toBe('8/16/2026, 10:47:18 PM');
    expect(formatDate(at, 'en')).toBe('8/16/2026');
  });

  it('prints nothing for a missing or broken date', () => {
    expect(formatDateTime(null, 'fr')).toBe('');
    expect(formatDate('not a date', 'fr')).toBe('');
  });

  it('uses the locale separators for numbers and currencies', () => {
    expect(formatNumber(1234.5, 'fr')).toBe('1\u202f234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatCurrencyUnits(999, 'usd', 'fr')).toBe('999,00\u00a0$US');
    expect(formatCurrencyUnits(999, 'USD', 'en')).toBe('$999.00');
  });
});
