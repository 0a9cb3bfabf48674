/** JSON responses, typed HTTP errors and the request wrapper every function uses. */
import { corsHeaders } from './cors.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, details?: Record<string, unknown>) => new HttpError(400, message, details);

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...corsHeaders, 'content-type': 'application/json', ...headers },
  });
}

export function errorResponse(error: unknown): Response {
  if (error instanceof HttpError) return json({ error: error.message, ...error.details }, error.status);
  console.error('unexpected error:', error);
  return json({ error: 'Internal error, please retry later' }, 500);
}

export type Handler = (req: Request) => Promise<Response>;

/** Answers CORS preflights and turns thrown errors into JSON error responses. */
export function handle(handler: Handler): (req: Request) => Promise<Response> {
  return async (req) => {
    if (req.method === 'OPTIONS') return new Response('ok', { headers: corsHeaders });
    try {
      return await handler(req);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** The request body as a JSON object; 400 for anything else. */
export async function readJsonObject(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (!text.trim()) throw badRequest('Request body must be a JSON object');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badRequest('Request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('Request body must be a JSON object');
  return body as Record<string, unknown>;
}

/** The path below the function's own name: `/payment-links/abc/cancel` -> `['abc', 'cancel']`. */
export function subPath(req: Request): string[] {
  const parts = new URL(req.url).pathname.split('/').filter(Boolean);
  const functionsIndex = parts.indexOf('v1');
  const rest = parts[0] === 'functions' && functionsIndex === 1 ? parts.slice(3) : parts.slice(1);
  return rest.map(decodeURIComponent);
}

export function methodNotAllowed(allowed: string[]): HttpError {
  return new HttpError(405, `Method not allowed; use ${allowed.join(' or ')}`);
}
