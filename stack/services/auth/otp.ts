/**
 * One-time tokens for e-mail links, as GoTrue makes them: a 6-digit OTP, and the token hash
 * sha224(email + otp) stored in confirmation_token / recovery_token and put in the link.
 */
import { createHash, randomInt } from 'node:crypto';

export interface OneTimeToken {
  otp: string;
  tokenHash: string;
}

export const hashOtp = (email: string, otp: string) =>
  createHash('sha224')
    .update(email.toLowerCase() + otp)
    .digest('hex');

export function generateOneTimeToken(email: string): OneTimeToken {
  const otp = String(randomInt(0, 1_000_000)).padStart(6, '0');
  return { otp, tokenHash: hashOtp(email, otp) };
}

export type LinkType = 'signup' | 'invite' | 'recovery' | 'magiclink';

export function verifyLink(externalUrl: string, tokenHash: string, type: LinkType, redirectTo: string): string {
  const query = new URLSearchParams({ token: tokenHash, type, redirect_to: redirectTo });
  return `${externalUrl}/verify?${query.toString()}`;
}
