/** E-mail address validation, like GoTrue's validateEmail. */
import { validationFailed } from './errors';

const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

export function validateEmail(raw: string | undefined, missingMessage = 'An email address is required'): string {
  const email = (raw ?? '').trim();
  if (email === '') throw validationFailed(missingMessage);
  if (email.length > 255 || !EMAIL.test(email)) throw validationFailed('Unable to validate email address: invalid format');
  return email.toLowerCase();
}
