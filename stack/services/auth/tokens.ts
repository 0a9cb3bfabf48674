/** Access tokens: HS256 JWTs with the claims Supabase Auth issues. */
import { SignJWT, jwtVerify, errors as joseErrors, type JWTPayload } from 'jose';
import { forbidden } from './errors';
import type { UserRow } from './users';

export const ACCESS_TOKEN_TTL_SECONDS = 3600;

export type AuthMethod = 'password' | 'otp' | 'recovery' | 'invite' | 'magiclink' | 'email/signup';

export interface AccessTokenClaims extends JWTPayload {
  sub?: string;
  role?: string;
  email?: string;
  phone?: string;
  app_metadata?: Record<string, unknown>;
  user_metadata?: Record<string, unknown>;
  aal?: string;
  amr?: { method: string; timestamp: number }[];
  session_id?: string;
  is_anonymous?: boolean;
}

export interface IssuedAccessToken {
  token: string;
  expiresAt: number;
}

export class TokenSigner {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly issuer: string,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(user: UserRow, sessionId: string, method: AuthMethod, authenticatedAt: number): Promise<IssuedAccessToken> {
    const iat = Math.floor(Date.now() / 1000);
    const expiresAt = iat + ACCESS_TOKEN_TTL_SECONDS;
    const claims: AccessTokenClaims = {
      iss: this.issuer,
      sub: user.id,
      aud: user.aud || 'authenticated',
      exp: expiresAt,
      iat,
      email: user.email ?? '',
      phone: user.phone ?? '',
      app_metadata: user.raw_app_meta_data ?? {},
      user_metadata: user.raw_user_meta_data ?? {},
      role: user.role || 'authenticated',
      aal: 'aal1',
      amr: [{ method, timestamp: authenticatedAt }],
      session_id: sessionId,
      is_anonymous: user.is_anonymous,
    };
    const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(this.key);
    return { token, expiresAt };
  }

  /** Verifies signature and expiry; errors are GoTrue's 403 bad_jwt. */
  async verify(token: string): Promise<AccessTokenClaims> {
    try {
      const { payload } = await jwtVerify<AccessTokenClaims>(token, this.key, { algorithms: ['HS256'] });
      return payload;
    } catch (error) {
      const reason =
        error instanceof joseErrors.JWTExpired
          ? 'token has invalid claims: token is expired'
          : error instanceof joseErrors.JWSSignatureVerificationFailed
            ? 'token signature is invalid: signature is invalid'
            : (error as Error).message;
      throw forbidden('bad_jwt', `invalid JWT: unable to parse or verify signature, ${reason}`);
    }
  }
}
