/** Minimal synchronous HS256 signing, for the API keys derived from a custom JWT secret. */
import { createHmac } from 'node:crypto';

const b64url = (input: string | Buffer) => Buffer.from(input).toString('base64url');

export function signHs256(payload: Record<string, unknown>, secret: string): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify(payload));
  const signature = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}
