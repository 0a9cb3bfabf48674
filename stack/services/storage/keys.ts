/** Validation of bucket ids and object names (keys), as Supabase Storage does, plus path safety. */
import { errors } from './errors';

const BUCKET_ID = /^[A-Za-z0-9_.-]{1,100}$/;
// Supabase Storage's allowed key characters.
const KEY_CHARS = /^(\w|\/|!|-|\.|\*|'|\(|\)| |&|\$|@|=|;|:|\+|,|\?)*$/;

export function assertBucketId(id: string): string {
  if (!BUCKET_ID.test(id)) throw errors.invalidRequest(`Invalid bucket id: ${id}`);
  return id;
}

/** A normalised object name, or an InvalidKey error (empty, '..' or empty segments, bad chars). */
export function assertObjectName(raw: string): string {
  const name = raw.replace(/^\/+|\/+$/g, '');
  const segments = name.split('/');
  if (
    name === '' ||
    name.length > 1024 ||
    !KEY_CHARS.test(name) ||
    segments.some((segment) => segment === '' || segment === '.' || segment === '..')
  ) {
    throw errors.invalidKey(raw);
  }
  return name;
}

/** Splits `<bucket>/<name...>` (already URL-decoded). */
export function splitBucketPath(rest: string): { bucket: string; name: string } {
  const slash = rest.indexOf('/');
  if (slash <= 0) return { bucket: assertBucketId(rest), name: '' };
  return { bucket: assertBucketId(rest.slice(0, slash)), name: rest.slice(slash + 1) };
}
