/**
 * Errors in Supabase Storage's JSON shape: `{ statusCode, error, message }` where statusCode is
 * the specific code as a string. Like Supabase Storage, client errors answer HTTP 400 with the
 * specific code in the body (storage-js exposes both: error.status and error.statusCode).
 */
export class StorageError extends Error {
  constructor(
    /** The code in the body ('404', '403', '409', '413', '400'). */
    readonly statusCode: string,
    readonly error: string,
    message: string,
    /** HTTP status of the response. */
    readonly httpStatus = statusCode === '500' ? 500 : 400,
  ) {
    super(message);
  }

  toJSON() {
    return { statusCode: this.statusCode, error: this.error, message: this.message };
  }
}

export const errors = {
  objectNotFound: () => new StorageError('404', 'not_found', 'Object not found'),
  bucketNotFound: () => new StorageError('404', 'Bucket not found', 'Bucket not found'),
  duplicate: () => new StorageError('409', 'Duplicate', 'The resource already exists'),
  rls: () => new StorageError('403', 'Unauthorized', 'new row violates row-level security policy'),
  noAuthorization: () => new StorageError('403', 'Unauthorized', "headers must have required property 'authorization'"),
  invalidJwt: (message: string) => new StorageError('400', 'InvalidJWT', message),
  unauthorized: (message: string) => new StorageError('403', 'Unauthorized', message),
  invalidKey: (key: string) => new StorageError('400', 'InvalidKey', `Invalid key: ${key}`),
  invalidRequest: (message: string) => new StorageError('400', 'InvalidRequest', message),
  tooLarge: () => new StorageError('413', 'Payload too large', 'The object exceeded the maximum allowed size'),
  invalidMime: (mime: string) => new StorageError('415', 'invalid_mime_type', `mime type ${mime} is not supported`),
  routeNotFound: (method: string, path: string) => new StorageError('404', 'Not Found', `Route ${method}:${path} not found`, 404),
};

/** Maps a Postgres error raised while acting as the caller to a storage error. */
export function fromPostgresError(error: unknown): StorageError | undefined {
  const code = (error as { code?: string } | null)?.code;
  if (code === '42501') return errors.rls();
  if (code === '23505') return errors.duplicate();
  if (code === '23503') return errors.bucketNotFound();
  return undefined;
}
