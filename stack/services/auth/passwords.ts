/** Password hashing: bcrypt (cost 10) like GoTrue; also verifies pgcrypto crypt(..., gen_salt('bf')) hashes ($2a$). */
import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { AuthError, validationFailed } from './errors';
import type { PasswordPolicy } from './settings';

const COST = 10;
/** bcrypt only uses the first 72 bytes; GoTrue refuses longer passwords. */
const MAX_PASSWORD_BYTES = 72;

/** A bcrypt hash (cost 10) of a random string nobody knows: what unknown addresses are compared against. */
export const UNKNOWN_USER_HASH = bcrypt.hashSync(randomBytes(18).toString('base64'), COST);

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

/**
 * The password policy of config.toml, as GoTrue's checkPasswordStrength applies it: over 72 bytes is
 * 400 validation_failed; too short or missing a required kind of character is 422 weak_password with
 * `weak_password.reasons` ("length", "characters") and the messages joined.
 */
export function checkPasswordStrength(password: string, policy: PasswordPolicy): void {
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) {
    throw validationFailed(`Password cannot be longer than ${MAX_PASSWORD_BYTES} characters`);
  }
  const reasons: string[] = [];
  const messages: string[] = [];
  if ([...password].length < policy.minLength) {
    reasons.push('length');
    messages.push(`Password should be at least ${policy.minLength} characters.`);
  }
  if (policy.requiredCharacters.some((set) => ![...set].some((char) => password.includes(char)))) {
    reasons.push('characters');
    messages.push(`Password should contain at least one character of each: ${policy.requiredCharacters.join(', ')}.`);
  }
  if (reasons.length > 0) {
    throw new AuthError(422, 'weak_password', messages.join(' '), { weak_password: { reasons } });
  }
}
