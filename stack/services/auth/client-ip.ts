/** The client IP the rate limits are keyed by (see ../forwarded-for.ts for why the gateway's word is trusted). */
import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { FORWARDED_FOR_HEADER, FORWARDED_FOR_PROOF_HEADER, forwardedForProof } from '../forwarded-for';

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function clientIp(req: http.IncomingMessage, jwtSecret: string): string {
  const socketIp = req.socket.remoteAddress ?? 'unknown';
  const forwarded = single(req.headers[FORWARDED_FOR_HEADER])?.trim();
  const proof = single(req.headers[FORWARDED_FOR_PROOF_HEADER]);
  if (!forwarded || !proof || forwarded.includes(',')) return socketIp;
  const expected = Buffer.from(forwardedForProof(jwtSecret, forwarded));
  const given = Buffer.from(proof);
  return given.length === expected.length && timingSafeEqual(given, expected) ? forwarded : socketIp;
}
