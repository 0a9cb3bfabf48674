/**
 * The largest request body each part of the API accepts. The gateway refuses anything larger with
 * 413 before it reaches a service; each service enforces its own limit as well (the functions host
 * and the storage service also listen on ports of their own).
 *
 * Where hosted Supabase documents a limit we use it; where it documents none we chose one and say so:
 * - storage uploads: the bucket's `file_size_limit`, capped by the global limit of 50 MiB (hosted
 *   Supabase's default global upload limit, Free plan); multipart bodies may carry a little more for
 *   their boundaries and form fields;
 * - auth: 1 MiB (our auth service's own limit; GoTrue's bodies are a few hundred bytes);
 * - REST and Edge Functions: 10 MiB (Supabase documents no body limit for them; ours is far above
 *   any body this product sends, and far below the 256 MB memory of a hosted function).
 */
import { KiB, MiB } from './http';

export const STORAGE_MAX_FILE_SIZE = 50 * MiB;
/** What a multipart upload may add to the file: boundaries, part headers, cacheControl, metadata. */
export const MULTIPART_OVERHEAD = 64 * KiB;

export const BODY_LIMITS = {
  rest: 10 * MiB,
  auth: 1 * MiB,
  functions: 10 * MiB,
  storage: STORAGE_MAX_FILE_SIZE + MULTIPART_OVERHEAD,
} as const;
