/** Password hashing: bcrypt (cost 10) like GoTrue; also verifies pgcrypto crypt(..., gen_salt('bf')) hashes ($2a$). */
import bcrypt from 'bcryptjs';
import { AuthError } from './errors';

const COST = 10;
/** Supabase CLI default (auth.minimum_password_length). */
export const MIN_PASSWORD_LENGTH = 6;
/** bcrypt only uses the first 72 bytes; GoTrue refuses longer passwords. */
const MAX_PASSWORD_BYTES = 72;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  if (!hash || !/^\$2[abxy]\$\d{2}\$/.test(hash)) return false;
  try {
    return await bcrypt.compare(password, hash);
  } catch {
    return false;
  }
}

export function isBcryptHash(value: string): boolean {
  return /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/.test(value);
}

/** GoTrue's password strength errors: 422 weak_password with reasons. */
export function checkPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AuthError(422, 'weak_password', `Password should be at least ${MIN_PASSWORD_LENGTH} characters.`, {
      weak_password: { reasons: ['length'] },
    });
  }
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) {
    throw new AuthError(422, 'weak_password', `Password cannot be longer than ${MAX_PASSWORD_BYTES} characters`, {
      weak_password: { reasons: ['length'] },
    });
  }
}
