import { describe, expect, it } from 'vitest';
import { parseGoDuration } from './duration';

describe('parseGoDuration (Go time.ParseDuration)', () => {
  it.each([
    ['876000h', 876000 * 3_600_000],
    ['1h30m', 5_400_000],
    ['1.5h', 5_400_000],
    ['300ms', 300],
    ['10s', 10_000],
    ['-2m', -120_000],
    ['0', 0],
  ])('parses %s', (input, ms) => {
    expect(parseGoDuration(input)).toBe(ms);
  });

  it.each(['forever', '', '10', 'h', '1d', '1h 30m'])('rejects %j', (input) => {
    expect(parseGoDuration(input)).toBeInstanceOf(Error);
  });
});
