import { describe, expect, it } from 'vitest';
import { extensionsValidator, futureDate, parseExtensions } from './validation';

describe('form validators', () => {
  it('accepts only expiry dates in the future', () => {
    const now = () => new Date('2026-06-01T10:00:00Z');
    const validate = futureDate(now);
    expect(validate('2026-06-02T10:00:00Z')).toBeUndefined();
    expect(validate('2026-06-01T09:59:00Z')).toBe('app.validation.expiry_future');
    expect(validate('not a date')).toBe('app.validation.expiry_future');
    expect(validate('')).toBeUndefined();
  });

  it('normalises and checks file extensions', () => {
    expect(parseExtensions('PDF, .jpg;png  docx')).toEqual(['pdf', 'jpg', 'png', 'docx']);
    expect(extensionsValidator(['pdf', 'jpg'])).toBeUndefined();
    expect(extensionsValidator([])).toBe('app.validation.extensions_format');
    expect(extensionsValidator(['p d f'])).toBe('app.validation.extensions_format');
  });
});
