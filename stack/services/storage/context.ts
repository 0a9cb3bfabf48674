/** What the storage handlers share. */
import type { Db } from './db';
import type { FileStore } from './files';
import { STORAGE_MAX_FILE_SIZE } from '../body-limits';

export interface StorageContext {
  db: Db;
  files: FileStore;
  /** The project's JWT secret (verifies callers, signs URLs). */
  secret: Uint8Array;
  /** Global upload limit; a bucket's file_size_limit may lower it. */
  maxFileSize: number;
  logError(message: string): void;
}

/** Hosted Supabase's default global upload limit (see ../body-limits.ts). */
export const DEFAULT_MAX_FILE_SIZE = STORAGE_MAX_FILE_SIZE;
