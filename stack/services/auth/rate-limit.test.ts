import { describe, expect, it } from 'vitest';
import { KeyedFrequency, KeyedTokenBucket, WindowCounter } from './rate-limit';

const clock = () => {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

describe('KeyedTokenBucket (GoTrue tollbooth: burst, then the rate)', () => {
  it('allows the burst, then one request per window/rate, per key', () => {
    const time = clock();
    const bucket = new KeyedTokenBucket(30, 300_000, 30, time.now);
    for (let i = 0; i < 30; i++) expect(bucket.take('a')).toBe(true);
    expect(bucket.take('a')).toBe(false);
    expect(bucket.take('b')).toBe(true);
    expect(bucket.retryAfterMs('a')).toBe(10_000);
    time.advance(9_999);
    expect(bucket.take('a')).toBe(false);
    time.advance(2);
    expect(bucket.take('a')).toBe(true);
    expect(bucket.take('a')).toBe(false);
    time.advance(3_600_000);
    for (let i = 0; i < 30; i++) expect(bucket.take('a')).toBe(true);
    expect(bucket.take('a')).toBe(false);
  });
});

describe('WindowCounter (email_sent per hour)', () => {
  it('allows the limit per window, then none until the next window', () => {
    const time = clock();
    const counter = new WindowCounter(2, 3_600_000, time.now);
    expect([counter.take(), counter.take(), counter.take()]).toEqual([true, true, false]);
    time.advance(3_600_000);
    expect(counter.take()).toBe(true);
  });
});

describe('KeyedFrequency (max_frequency)', () => {
  it('accepts one event per interval per key and says how long to wait', () => {
    const time = clock();
    const frequency = new KeyedFrequency(60_000, time.now);
    expect(frequency.take('a')).toBe(0);
    time.advance(15_000);
    expect(frequency.take('a')).toBe(45_000);
    expect(frequency.take('b')).toBe(0);
    time.advance(45_000);
    expect(frequency.take('a')).toBe(0);
  });
});
