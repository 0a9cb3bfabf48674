import { describe, expect, it, vi } from 'vitest';
import { createSignedUrlCache } from './signedUrlCache';

describe('createSignedUrlCache', () => {
  it('signs a path once while fresh, again once stale', async () => {
    let clock = 0;
    const sign = vi.fn(async (path: string) => `url:${path}:${clock}`);
    const cache = createSignedUrlCache(sign, { ttlMs: 100, now: () => clock, warm: () => undefined });
    expect(await cache.get('a')).toBe('url:a:0');
    clock = 50;
    expect(await cache.get('a')).toBe('url:a:0');
    clock = 150;
    expect(await cache.get('a')).toBe('url:a:150');
    expect(sign).toHaveBeenCalledTimes(2);
  });

  it('prefetches: signs ahead and warms the file, once', async () => {
    const warm = vi.fn();
    const sign = vi.fn(async (path: string) => `url:${path}`);
    const cache = createSignedUrlCache(sign, { warm });
    cache.prefetch('next');
    cache.prefetch('next');
    await vi.waitFor(() => expect(warm).toHaveBeenCalledWith('url:next'));
    expect(sign).toHaveBeenCalledTimes(1);
    expect(await cache.get('next')).toBe('url:next');
    expect(sign).toHaveBeenCalledTimes(1);
  });

  it('forgets failures so a retry signs again', async () => {
    const sign = vi.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValue('ok');
    const cache = createSignedUrlCache(sign, { warm: () => undefined });
    await expect(cache.get('p')).rejects.toThrow('down');
    expect(await cache.get('p')).toBe('ok');
  });
});
