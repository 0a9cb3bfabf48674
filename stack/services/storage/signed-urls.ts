/**
 * Signed URL tokens, as Supabase Storage makes them: a JWT signed with the project's JWT secret
 * carrying `{ url: '<bucket>/<name>', iat, exp }`. Short-lived: the caller chooses the lifetime up
 * to MAX_SIGNED_URL_SECONDS.
 */
import { SignJWT, jwtVerify } from 'jose';
import { StorageError, errors } from './errors';
import { jwtMessage } from './caller';

export const MAX_SIGNED_URL_SECONDS = 600;

export function assertExpiresIn(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw errors.invalidRequest('expiresIn must be a positive integer number of seconds');
  }
  if (value > MAX_SIGNED_URL_SECONDS) {
    throw errors.invalidRequest(`expiresIn must be at most ${MAX_SIGNED_URL_SECONDS} seconds`);
  }
  return value;
}

export async function signObjectUrl(secret: Uint8Array, bucket: string, name: string, expiresIn: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ url: `${bucket}/${name}` })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(now)
    .setExpirationTime(now + expiresIn)
    .sign(secret);
  return `/object/sign/${bucket}/${name}?token=${token}`;
}

/** Checks a token against the requested `<bucket>/<name>`. */
export async function verifyObjectToken(secret: Uint8Array, token: string | null, bucket: string, name: string): Promise<void> {
  if (!token) throw errors.invalidRequest("querystring must have required property 'token'");
  let url: unknown;
  try {
    ({
      payload: { url },
    } = await jwtVerify(token, secret, { algorithms: ['HS256'] }));
  } catch (error) {
    throw errors.invalidJwt(jwtMessage(error));
  }
  if (url !== `${bucket}/${name}`) {
    throw new StorageError('400', 'InvalidSignature', 'The url do not match the signature');
  }
}
