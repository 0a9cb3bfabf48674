/**
 * Another system user (PostgreSQL's `postgres` when we run as root, or a test's unprivileged
 * user) must be able to walk down to a file of ours: every folder above it needs search (x)
 * permission for others. Returns the folders it changed.
 */
import { chmodSync, statSync } from 'node:fs';
import path from 'node:path';

export function grantSearchAbove(target: string): string[] {
  const changed: string[] = [];
  for (let current = path.dirname(target); current !== path.dirname(current); current = path.dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(current, mode | 0o001);
      changed.push(current);
    }
  }
  return changed;
}
