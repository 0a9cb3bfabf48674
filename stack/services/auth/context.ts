/** What every auth route handler gets: database, token signer, mail and URLs. */
import type { Transporter } from 'nodemailer';
import type { StackConfig } from '../../config';
import type { Db } from './db';
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
  /** Seconds a revoked refresh token may still be exchanged (GoTrue's reuse interval); 0 = never. */
  refreshTokenReuseSeconds: number;
  /** Seconds an e-mailed link / OTP stays valid (Supabase CLI default: 3600). */
  otpTtlSeconds: number;
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
