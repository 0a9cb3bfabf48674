/**
 * Scheduled calls carry `Authorization: Bearer <CRON_SECRET>`. Fails closed: with no secret
 * configured every call is refused (B-33: `Bearer undefined` must never pass).
 */
import { bearerToken } from './auth.ts';
import { optionalEnv } from './env.ts';
import { HttpError } from './http.ts';

function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  let diff = left.length ^ right.length;
  for (let i = 0; i < Math.max(left.length, right.length); i++) diff |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return diff === 0;
}

export function requireCronSecret(req: Request): void {
  const secret = optionalEnv('CRON_SECRET');
  if (!secret) throw new HttpError(503, 'Scheduled jobs are disabled: CRON_SECRET is not configured');
  const token = bearerToken(req);
  if (!token || !constantTimeEqual(token, secret)) throw new HttpError(401, 'Invalid or missing cron secret');
}
