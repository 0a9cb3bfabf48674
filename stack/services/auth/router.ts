/** A tiny method + path router (":name" segments) that turns thrown AuthErrors into GoTrue responses. */
import type http from 'node:http';
import { AuthError, internalError, sendError } from './errors';

export interface Request {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  params: Record<string, string>;
}

export type Handler = (request: Request) => Promise<void>;

interface Route {
  method: string;
  segments: string[];
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  constructor(private readonly logError: (message: string) => void) {}

  on(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, segments: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  private match(pathname: string): { route: Route; params: Record<string, string> }[] {
    const parts = pathname.split('/').filter(Boolean);
    const found: { route: Route; params: Record<string, string> }[] = [];
    for (const route of this.routes) {
      if (route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = route.segments.every((segment, i) => {
        if (segment.startsWith(':')) {
          try {
            params[segment.slice(1)] = decodeURIComponent(parts[i]);
          } catch {
            return false;
          }
          return true;
        }
        return segment === parts[i];
      });
      if (ok) found.push({ route, params });
    }
    return found;
  }

  readonly listener: http.RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://auth.local');
    const method = req.method ?? 'GET';
    const candidates = this.match(url.pathname);
    const hit = candidates.find((c) => c.route.method === method);
    const run = async () => {
      if (!hit) {
        if (candidates.length > 0) {
          const allowed = [...new Set(candidates.map((c) => c.route.method))].join(', ');
          res.setHeader('allow', allowed);
          throw new AuthError(405, 'method_not_allowed', `Method ${method} not allowed on ${url.pathname} (allowed: ${allowed})`);
        }
        throw new AuthError(404, 'not_found', `No such endpoint: ${method} ${url.pathname}`);
      }
      await hit.route.handler({ req, res, url, params: hit.params });
    };
    run().catch((error: unknown) => {
      const authError =
        error instanceof AuthError
          ? error
          : (this.logError(`${method} ${url.pathname}: ${(error as Error)?.stack ?? String(error)}`),
            internalError('Unexpected failure, please check server logs for more information'));
      if (authError.status >= 500 && error instanceof AuthError) this.logError(`${method} ${url.pathname}: ${authError.message}`);
      if (res.headersSent) res.destroy();
      else sendError(req, res, authError);
    });
  };
}
