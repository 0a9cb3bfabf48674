/**
 * The auth service's request and e-mail limits (GoTrue's, from AuthSettings), with GoTrue's 429s:
 * over_request_rate_limit "Request rate limit reached", over_email_send_rate_limit.
 */
import { AuthError } from './errors';
import { KeyedFrequency, KeyedTokenBucket, WindowCounter } from './rate-limit';
import type { AuthSettings } from './settings';

const FIVE_MINUTES = 5 * 60_000;
const ONE_HOUR = 60 * 60_000;
/** GoTrue's tollbooth burst for the per-5-minute limiters. */
const BURST = 30;

/** One bucket set per endpoint, like GoTrue's limiters; each takes its figure from one config key. */
export type RequestLimit = 'password' | 'recover' | 'verify' | 'refresh';

const FIGURE: Record<RequestLimit, keyof AuthSettings['rateLimits']> = {
  password: 'signInSignUps',
  recover: 'signInSignUps',
  verify: 'tokenVerifications',
  refresh: 'tokenRefresh',
};

export const overRequestRateLimit = () => new AuthError(429, 'over_request_rate_limit', 'Request rate limit reached');
export const overEmailSendRateLimit = (message = 'email rate limit exceeded') => new AuthError(429, 'over_email_send_rate_limit', message);

export class AuthLimits {
  private readonly buckets: Record<RequestLimit, KeyedTokenBucket>;
  private readonly emailsSent: WindowCounter;
  private readonly emailFrequency: KeyedFrequency;

  constructor(settings: Pick<AuthSettings, 'rateLimits' | 'emailMaxFrequencyMs'>, now: () => number = Date.now) {
    const { rateLimits } = settings;
    const bucket = (limit: RequestLimit) => new KeyedTokenBucket(rateLimits[FIGURE[limit]], FIVE_MINUTES, BURST, now);
    this.buckets = { password: bucket('password'), recover: bucket('recover'), verify: bucket('verify'), refresh: bucket('refresh') };
    this.emailsSent = new WindowCounter(rateLimits.emailSentPerHour, ONE_HOUR, now);
    this.emailFrequency = new KeyedFrequency(settings.emailMaxFrequencyMs, now);
  }

  /**
   * One request against `limit` from `ip` and, when the request names one, for `account` (an e-mail
   * address, known or not, so the answer never tells which addresses exist). Throws the 429.
   */
  request(limit: RequestLimit, ip: string, account?: string): void {
    const bucket = this.buckets[limit];
    const ipAllowed = bucket.take(`ip:${ip}`);
    const accountAllowed = account === undefined || bucket.take(`account:${account.toLowerCase()}`);
    if (!ipAllowed || !accountAllowed) throw overRequestRateLimit();
  }

  /** An e-mail to `address`: at most one per max_frequency per address, and email_sent per hour in all. */
  email(address: string): void {
    const waitMs = this.emailFrequency.take(address.toLowerCase());
    if (waitMs > 0) {
      throw overEmailSendRateLimit(`For security purposes, you can only request this after ${Math.ceil(waitMs / 1000)} seconds.`);
    }
    if (!this.emailsSent.take()) throw overEmailSendRateLimit();
  }

  /** An e-mail an admin asked for (invite): counts against email_sent only, like GoTrue. */
  adminEmail(): void {
    if (!this.emailsSent.take()) throw overEmailSendRateLimit();
  }
}
