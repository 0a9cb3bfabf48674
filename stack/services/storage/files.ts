/**
 * The bytes of stored objects, on disk under <dataDir>/storage/<bucket>/<object id>: names never
 * become file-system paths, so no key can escape the folder. Writes go to a temporary file first
 * (streamed, counted and hashed on the way, never held whole in memory) and are renamed into place
 * once the database accepted the object.
 */
import { createReadStream, createWriteStream, promises as fs, type ReadStream } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { byteLimit } from '../http';

export interface StagedFile {
  size: number;
  /** Hex MD5 of the bytes (Supabase Storage's ETag). */
  md5: string;
  commit(objectId: string): Promise<void>;
  discard(): Promise<void>;
}

export class FileStore {
  constructor(readonly root: string) {}

  private pathOf(bucket: string, objectId: string): string {
    if (!/^[0-9a-f-]{36}$/i.test(objectId)) throw new Error(`bad object id ${objectId}`);
    return path.join(this.root, bucket, objectId);
  }

  /**
   * Writes bytes to a temporary file of the bucket; fails with BodyTooLargeError (and keeps
   * nothing) past `limit` bytes. Returns the size, the MD5 and a commit moving the file into place.
   */
  async stage(bucket: string, source: Buffer | Readable, limit = Infinity): Promise<StagedFile> {
    const dir = path.join(this.root, bucket);
    await fs.mkdir(dir, { recursive: true });
    const tmp = path.join(dir, `.upload-${randomBytes(8).toString('hex')}`);
    const hash = createHash('md5');
    const counted = byteLimit(limit);
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    const input = Buffer.isBuffer(source) ? Readable.from([source]) : source;
    // Piped rather than part of the pipeline: a refused request must stay open for its answer.
    input.on('error', (error) => counted.destroy(error));
    input.pipe(counted);
    const file = createWriteStream(tmp);
    try {
      await pipeline(counted, hashing, file);
    } catch (error) {
      input.unpipe(counted);
      // The pipeline rejects as soon as the limit is hit, possibly before the file is even open:
      // the stream opens (creating the file) and closes after that. Remove it once it has closed.
      if (!file.closed) await new Promise<void>((resolve) => file.once('close', () => resolve()));
      await fs.rm(tmp, { force: true });
      throw error;
    }
    return {
      size: counted.bytes(),
      md5: hash.digest('hex'),
      commit: (objectId) => fs.rename(tmp, this.pathOf(bucket, objectId)),
      discard: () => fs.rm(tmp, { force: true }),
    };
  }

  async exists(bucket: string, objectId: string): Promise<boolean> {
    try {
      return (await fs.stat(this.pathOf(bucket, objectId))).isFile();
    } catch {
      return false;
    }
  }

  read(bucket: string, objectId: string): ReadStream {
    return createReadStream(this.pathOf(bucket, objectId));
  }

  async remove(bucket: string, objectId: string): Promise<void> {
    await fs.rm(this.pathOf(bucket, objectId), { force: true });
  }
}
