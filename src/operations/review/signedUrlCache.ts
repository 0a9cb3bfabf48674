/**
 * Signed URLs of the review queue's files, fetched once and reused while still fresh, so the next
 * version's preview can be prepared before the reviewer gets to it (the next item loads at once).
 */
export interface SignedUrlCache {
  get(path: string): Promise<string>;
  /** Asks for the URL and warms the browser's cache with the file. */
  prefetch(path: string): void;
}

export function createSignedUrlCache(
  sign: (path: string) => Promise<string>,
  { ttlMs = 45_000, now = () => Date.now(), warm = (url: string) => void fetch(url).catch(() => undefined) } = {},
): SignedUrlCache {
  const entries = new Map<string, { at: number; url: Promise<string> }>();
  const get = (path: string) => {
    const entry = entries.get(path);
    if (entry && now() - entry.at < ttlMs) return entry.url;
    const url = sign(path);
    entries.set(path, { at: now(), url });
    url.catch(() => entries.delete(path));
    return url;
  };
  return {
    get,
    prefetch(path) {
      const fresh = entries.has(path) && now() - entries.get(path)!.at < ttlMs;
      if (fresh) return;
      get(path).then(warm, () => undefined);
    },
  };
}
