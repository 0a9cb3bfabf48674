import { describe, expect, it } from 'vitest';
import { formatMinorUnits, minorUnitDigits } from './money';

describe('formatMinorUnits', () => {
  it("formats cents with the currency in the user's locale", () => {
    expect(formatMinorUnits(99900, 'USD', 'en-US')).toBe('$999.00');
    expect(formatMinorUnits(99900, 'EUR', 'fr').replace(/\s/g, ' ')).toBe('999,00 €');
  });

  it('knows currencies without or with three minor digits', () => {
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(formatMinorUnits(1500, 'JPY', 'en-US')).toBe('¥1,500');
    expect(minorUnitDigits('BHD')).toBe(3);
  });

  it('shows nothing for a missing amount and falls back for an unknown currency code', () => {
    expect(formatMinorUnits(null, 'USD', 'en')).toBe('');
    expect(formatMinorUnits(1234, 'usd', 'en-US')).toBe('$12.34');
  });
});
