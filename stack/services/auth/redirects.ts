/**
 * redirect_to handling. GoTrue only follows redirects on its allow list (site URL + additional
 * redirect URLs) and otherwise falls back to the site URL. Locally the allow list is the site's
 * origin, the API's origin and loopback hosts (any port), which covers the SPA on any test port.
 */
import type { AuthContext } from './context';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isAllowedRedirect(ctx: Pick<AuthContext, 'siteUrl' | 'externalUrl'>, candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (LOOPBACK.has(url.hostname)) return true;
  return [ctx.siteUrl, ctx.externalUrl].some((allowed) => new URL(allowed).origin === url.origin);
}

export function resolveRedirect(
  ctx: Pick<AuthContext, 'siteUrl' | 'externalUrl'>,
  requested: string | undefined,
  fallback: string,
): string {
  return requested && isAllowedRedirect(ctx, requested) ? requested : fallback;
}
