/**
 * How the auth service knows the client's IP behind the gateway. The gateway is the only public entry:
 * it sets X-Forwarded-For to the address of the socket it accepted (replacing whatever the client sent)
 * and proves that it did with a header only it can compute (derived from the stack's JWT secret). The
 * auth service trusts X-Forwarded-For only with that proof; a request reaching it any other way is
 * keyed by its own socket address.
 */
import { createHmac } from 'node:crypto';

export const FORWARDED_FOR_HEADER = 'x-forwarded-for';
export const FORWARDED_FOR_PROOF_HEADER = 'x-gateway-forwarded-for-proof';

/** The proof the gateway sends for a given client address. */
export function forwardedForProof(jwtSecret: string, clientIp: string): string {
  return createHmac('sha256', jwtSecret).update(`gateway-forwarded-for:${clientIp}`).digest('base64url');
}
