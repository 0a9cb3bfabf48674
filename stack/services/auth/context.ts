/** What every auth route handler gets: database, token signer, mail and URLs. */
import type http from 'node:http';
import type { Transporter } from 'nodemailer';
import type { StackConfig } from '../../config';
import type { Db } from './db';
import type { AuthLimits } from './limits';
import type { OtpAttempts } from './otp-attempts';
import type { AuthSettings } from './settings';
import type { TokenSigner } from './tokens';

export interface AuthContext {
  db: Db;
  signer: TokenSigner;
  mailer: Transporter;
  /** Public URL of this service as clients see it: `${apiUrl}/auth/v1`. */
  externalUrl: string;
  siteUrl: string;
  /** Where recovery and invite links land when the request names no (allowed) redirect. */
  defaultPasswordRedirect: string;
  /** supabase/config.toml [auth] (+ GoTrue environment overrides). */
  settings: AuthSettings;
  limits: AuthLimits;
  otpAttempts: OtpAttempts;
  /** The client's IP: the gateway's X-Forwarded-For when it carries the gateway's proof. */
  clientIp(req: http.IncomingMessage): string;
  /** Work that must not delay the response (e-mails whose timing would reveal who has an account). */
  runInBackground(what: string, work: () => Promise<void>): void;
  logError(message: string): void;
}

export function contextUrls(config: Pick<StackConfig, 'apiUrl' | 'siteUrl'>) {
  const siteUrl = config.siteUrl.replace(/\/+$/, '');
  return {
    externalUrl: `${config.apiUrl.replace(/\/+$/, '')}/auth/v1`,
    siteUrl,
    // ra-supabase's set-password page under the SPA's BrowserRouter: GoTrue appends
    // `#access_token=…&type=invite|recovery`, which ra-supabase reads from the fragment.
    defaultPasswordRedirect: `${siteUrl}/set-password`,
  };
}
