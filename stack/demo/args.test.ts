import { describe, expect, it } from 'vitest';
import { parseSeedDemoArgs } from './args';

describe('parseSeedDemoArgs', () => {
  it('defaults to the small scale and the local stack', () => {
    expect(parseSeedDemoArgs([])).toEqual({ scale: 'small', dbUrl: undefined, anchor: undefined, help: false });
  });

  it('reads the scale, the database URL and the anchor', () => {
    const args = parseSeedDemoArgs(['--scale', 'large', '--db-url', 'postgresql://u:p@127.0.0.1:5999/db', '--anchor', '2026-01-31']);
    expect(args.scale).toBe('large');
    expect(args.dbUrl).toBe('postgresql://u:p@127.0.0.1:5999/db');
    expect(args.anchor?.toISOString()).toBe('2026-01-31T00:00:00.000Z');
  });

  it('accepts --scale=medium', () => {
    expect(parseSeedDemoArgs(['--scale=medium']).scale).toBe('medium');
  });

  it.each([
    [['--scale', 'huge'], /--scale must be one of small, medium, large/],
    [['--db-url', 'mysql://x'], /--db-url must be a postgresql:\/\/ URL/],
    [['--anchor', 'yesterday'], /--anchor must be an ISO date/],
    [['--scale', 'small', 'extra'], /Unexpected argument "extra"/],
    [['--sclae', 'small'], /Unknown option '--sclae'/],
  ])('rejects %j with a clear error', (argv, message) => {
    expect(() => parseSeedDemoArgs(argv)).toThrow(message);
  });
});
