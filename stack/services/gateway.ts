/**
 * The API gateway at config.apiUrl, laid out like Supabase's (Kong): /rest/v1, /auth/v1,
 * /functions/v1, /storage/v1. Like Kong's key-auth it requires the anon or service key in the
 * `apikey` header for REST, auth and storage, adds CORS headers, and forwards the rest untouched.
 * Request bodies stream through, counted: over the route's limit (./body-limits.ts) the answer is
 * 413 before anything is buffered, from the Content-Length up front or as soon as the count passes it.
 */
import http from 'node:http';
import type { StackConfig } from '../config';
import { createLogger } from '../log';
import { BODY_LIMITS } from './body-limits';
import { byteLimit, closeServer, declaredLength, listen, refuseTooLarge, sendJson as sendJsonWith } from './http';
import { FORWARDED_FOR_HEADER, FORWARDED_FOR_PROOF_HEADER, forwardedForProof } from './forwarded-for';
import type { RunningService } from './types';

const log = createLogger('gateway');

export interface Route {
  prefix: string;
  /** Upstream port; the prefix is stripped before forwarding. */
  port: number;
  requiresApiKey: boolean;
  /** Paths under the prefix that need no key (e.g. the e-mail link target /verify). */
  openPaths?: string[];
  /** The largest request body forwarded, in bytes. */
  maxBodyBytes: number;
}

export function supabaseRoutes(config: StackConfig): Route[] {
  return [
    { prefix: '/rest/v1', port: config.ports.postgrest, requiresApiKey: true, maxBodyBytes: BODY_LIMITS.rest },
    {
      prefix: '/auth/v1',
      port: config.ports.auth,
      requiresApiKey: true,
      openPaths: ['/verify', '/callback', '/authorize', '/health'],
      maxBodyBytes: BODY_LIMITS.auth,
    },
    {
      prefix: '/storage/v1',
      port: config.ports.storage,
      requiresApiKey: true,
      // Signed and public URLs are opened by the browser (iframe, img, link) without headers: the
      // token (or the bucket being public) is the proof of access, checked by the storage service,
      // which requires a JWT everywhere else.
      openPaths: ['/object/sign', '/object/public'],
      // The bucket's own file_size_limit is enforced by the storage service, below this cap.
      maxBodyBytes: BODY_LIMITS.storage,
    },
    { prefix: '/functions/v1', port: config.ports.functions, requiresApiKey: false, maxBodyBytes: BODY_LIMITS.functions },
  ];
}

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, PUT, PATCH, POST, DELETE, OPTIONS',
  'access-control-allow-headers':
    'authorization, x-client-info, apikey, content-type, prefer, range, accept-profile, content-profile, x-upsert, x-supabase-api-version, accept, cache-control, x-retry-count',
  'access-control-expose-headers': 'content-range, content-location, range, x-supabase-api-version, location',
  'access-control-max-age': '3600',
};

const sendJson = (res: http.ServerResponse, status: number, body: unknown) => sendJsonWith(res, status, body, CORS_HEADERS);

/** Kong's answer (request-size-limiting plugin), with the limit. */
const tooLargeBody = (limit: number) => ({ message: 'Request size limit exceeded', limit });

function apiKeyOf(req: http.IncomingMessage, url: URL): string | undefined {
  const header = req.headers.apikey;
  if (typeof header === 'string' && header) return header;
  return url.searchParams.get('apikey') ?? undefined;
}

export function createGatewayHandler(config: StackConfig, routes: Route[]): http.RequestListener {
  const validKeys = new Set([config.anonKey, config.serviceRoleKey]);
  return (req, res) => {
    const url = new URL(req.url ?? '/', config.apiUrl);
    if (req.method === 'OPTIONS') {
      res.writeHead(200, CORS_HEADERS);
      res.end();
      return;
    }
    const route = routes.find((r) => url.pathname === r.prefix || url.pathname.startsWith(`${r.prefix}/`));
    if (!route) {
      sendJson(res, 404, { message: 'no Route matched with those values' });
      return;
    }
    const upstreamPath = url.pathname.slice(route.prefix.length) || '/';
    const headers = { ...req.headers };
    const open = route.openPaths?.some((p) => upstreamPath === p || upstreamPath.startsWith(`${p}/`));
    if (route.requiresApiKey && !open) {
      const key = apiKeyOf(req, url);
      if (!key) return sendJson(res, 401, { message: 'No API key found in request' });
      if (!validKeys.has(key)) return sendJson(res, 401, { message: 'Invalid API key' });
      if (!headers.authorization) headers.authorization = `Bearer ${key}`;
    }
    headers.host = `${config.host}:${route.port}`;
    headers['x-forwarded-host'] = req.headers.host ?? '';
    headers['x-forwarded-prefix'] = route.prefix;
    const limit = route.maxBodyBytes;
    if ((declaredLength(req) ?? 0) > limit) return refuseTooLarge(req, res, tooLargeBody(limit), CORS_HEADERS);
    let refused = false;
    // The client's address as this socket saw it (never the client's own X-Forwarded-For), with the
    // proof the auth service checks before keying its rate limits by it.
    const clientIp = req.socket.remoteAddress ?? '';
    headers[FORWARDED_FOR_HEADER] = clientIp;
    headers[FORWARDED_FOR_PROOF_HEADER] = forwardedForProof(config.jwtSecret, clientIp);
    const upstream = http.request(
      { host: config.host, port: route.port, method: req.method, path: upstreamPath + url.search, headers },
      (upstreamRes) => {
        if (refused) return upstreamRes.resume();
        const responseHeaders = { ...upstreamRes.headers };
        for (const [name, value] of Object.entries(CORS_HEADERS)) {
          if (responseHeaders[name] === undefined) responseHeaders[name] = value;
        }
        res.writeHead(upstreamRes.statusCode ?? 502, responseHeaders);
        upstreamRes.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      if (refused) return;
      log.debug(`${route.prefix} upstream error: ${error.message}`);
      if (!res.headersSent) sendJson(res, 503, { message: `${route.prefix} is not available: ${error.message}` });
      else res.destroy();
    });
    // A body without a (truthful) Content-Length is counted as it streams.
    const counted = byteLimit(limit);
    counted.on('error', () => {
      refused = true;
      upstream.destroy();
      if (res.headersSent) res.destroy();
      else refuseTooLarge(req, res, tooLargeBody(limit), CORS_HEADERS);
    });
    req.pipe(counted).pipe(upstream);
  };
}

export async function startGateway(config: StackConfig, routes = supabaseRoutes(config)): Promise<RunningService> {
  const server = http.createServer(createGatewayHandler(config, routes));
  await listen(server, config.ports.gateway, config.host);
  return { name: 'gateway', url: config.apiUrl, stop: () => closeServer(server) };
}
