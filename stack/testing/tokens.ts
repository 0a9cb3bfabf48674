/** Access tokens as the local auth service issues them, for tests that need a given user. */
import { SignJWT } from 'jose';
import type { StackConfig } from '../config';

export async function userToken(config: StackConfig, userId: string, email = `${userId}@example.com`): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    sub: userId,
    aud: 'authenticated',
    role: 'authenticated',
    email,
    phone: '',
    app_metadata: { provider: 'email', providers: ['email'] },
    user_metadata: {},
    aal: 'aal1',
    session_id: crypto.randomUUID(),
    is_anonymous: false,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(new TextEncoder().encode(config.jwtSecret));
}
