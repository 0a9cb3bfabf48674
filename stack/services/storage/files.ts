/**
 * The bytes of stored objects, on disk under <dataDir>/storage/<bucket>/<object id>: names never
 * become file-system paths, so no key can escape the folder. Writes go to a temporary file first
 * and are renamed into place once the database accepted the object.
 */
import { createReadStream, promises as fs, type ReadStream } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export class FileStore {
  constructor(readonly root: string) {}

  private pathOf(bucket: string, objectId: string): string {
    if (!/^[0-9a-f-]{36}$/i.test(objectId)) throw new Error(`bad object id ${objectId}`);
    return path.join(this.root, bucket, objectId);
  }

  /** Writes bytes to a temporary file of the bucket; returns a commit function moving it into place. */
  async stage(bucket: string, bytes: Buffer): Promise<{ commit(objectId: string): Promise<void>; discard(): Promise<void> }> {
    const dir = path.join(this.root, bucket);
    await fs.mkdir(dir, { recursive: true });
    const tmp = path.join(dir, `.upload-${randomBytes(8).toString('hex')}`);
    await fs.writeFile(tmp, bytes);
    return {
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
