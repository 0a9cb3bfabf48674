/**
 * Restores the rehearsal's source into the scratch database (which has the platform bootstrap):
 *   - a PostgreSQL URL: copied over the wire (copy-database.ts), the source only read;
 *   - a plain SQL dump (pg_dump -Fp, `supabase db dump`): run with psql (any client >= 13 talks to
 *     the PostgreSQL 17 scratch server);
 *   - a custom-format dump (pg_dump -Fc, "PGDMP" header): converted to plain SQL with the local
 *     pg_restore (`pg_restore -f -`), then as above; when the local pg_restore is older than the
 *     pg_dump that wrote it, a clear error names both versions.
 */
import { execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { copyDatabase } from './copy-database';

const run = promisify(execFile);

export type SourceKind = 'url' | 'plain' | 'custom';

export interface RestoreResult {
  kind: SourceKind;
  /** errors psql reported that were only "already exists" (platform objects the bootstrap made) */
  tolerated: string[];
  /** any other error: the restore is incomplete */
  errors: string[];
  counts?: Record<string, number>;
}

export class SourceError extends Error {}

/** The first bytes of a file. */
function head(file: string, bytes: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

export function detectSource(from: string): SourceKind {
  if (/^postgres(ql)?:\/\//.test(from)) return 'url';
  if (!existsSync(from)) throw new SourceError(`--from: no such file: ${from}`);
  if (statSync(from).isDirectory()) {
    if (existsSync(path.join(from, 'toc.dat'))) return 'custom';
    throw new SourceError(`--from: ${from} is a directory but not a pg_dump directory-format dump (no toc.dat)`);
  }
  const magic = head(from, 5);
  if (magic.subarray(0, 5).toString('latin1') === 'PGDMP') return 'custom';
  if (magic[0] === 0x1f && magic[1] === 0x8b) throw new SourceError(`--from: ${from} is gzip-compressed: decompress it first (gunzip -k)`);
  if (magic.includes(0)) throw new SourceError(`--from: ${from} is neither a plain SQL dump nor a pg_dump custom/directory archive`);
  return 'plain';
}

export interface ArchiveHeader {
  archiveVersion: string;
  /** the pg_dump version that wrote it (e.g. "17.4"), when the header carries it */
  dumpVersion?: string;
  serverVersion?: string;
}

/** Reads a custom-format archive header (pg_backup_archiver.c ReadHead). */
export function readArchiveHeader(file: string): ArchiveHeader {
  const target = statSync(file).isDirectory() ? path.join(file, 'toc.dat') : file;
  const buf = head(target, 4096);
  const [vmaj, vmin, vrev] = [buf[5]!, buf[6]!, buf[7]!];
  const archiveVersion = `${vmaj}.${vmin}.${vrev}`;
  try {
    const intSize = buf[8]!;
    let pos = 11; // magic(5) + version(3) + intSize + offSize + format
    const readInt = () => {
      const sign = buf[pos++]!;
      let value = 0;
      for (let i = 0; i < intSize; i++) value += buf[pos++]! * 2 ** (8 * i);
      return sign ? -value : value;
    };
    const readStr = () => {
      const len = readInt();
      if (len < 0) return '';
      const s = buf.subarray(pos, pos + len).toString('utf8');
      pos += len;
      return s;
    };
    if (vmaj > 1 || vmin >= 15)
      pos += 1; // compression algorithm byte
    else readInt(); // compression level
    for (let i = 0; i < 7; i++) readInt(); // creation time
    readStr(); // database name
    const serverVersion = readStr();
    const dumpVersion = readStr();
    return { archiveVersion, serverVersion, dumpVersion };
  } catch {
    return { archiveVersion };
  }
}

async function toolVersion(tool: string): Promise<string | undefined> {
  try {
    const { stdout } = await run(tool, ['--version']);
    return /(\d+(?:\.\d+)?)/.exec(stdout)?.[1];
  } catch {
    return undefined;
  }
}

/** Runs a plain SQL file with psql against `url`; errors are collected, the restore goes on (like pg_restore). */
export async function restorePlain(file: string, url: string): Promise<Pick<RestoreResult, 'errors' | 'tolerated'>> {
  if (!(await toolVersion('psql'))) {
    throw new SourceError(
      'psql not found: a plain dump is restored with psql (Debian: apt-get install postgresql-client; any version >= 13 works with the PostgreSQL 17 scratch server), or rehearse from the database URL',
    );
  }
  const stderr: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const child = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=0', '-d', url, '-f', file], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning', LC_MESSAGES: 'C' },
    });
    let buffered = '';
    child.stderr.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      stderr.push(...lines);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (buffered) stderr.push(buffered);
      if (code === 0 || code === 3) resolve();
      else reject(new SourceError(`psql exited with code ${code}: ${stderr.slice(-5).join(' ')}`));
    });
  });
  const errors = stderr.filter((l) => /ERROR:/.test(l));
  return {
    tolerated: errors.filter((l) => /already exists/.test(l)),
    errors: errors.filter((l) => !/already exists/.test(l)),
  };
}

/** Converts a custom/directory archive to plain SQL with the local pg_restore. */
export async function customToPlain(file: string, outFile: string): Promise<void> {
  const header = readArchiveHeader(file);
  const local = await toolVersion('pg_restore');
  if (!local) {
    throw new SourceError(
      `--from ${file} is a custom-format dump (archive ${header.archiveVersion}${header.dumpVersion ? `, pg_dump ${header.dumpVersion}` : ''}) and pg_restore is not installed: install postgresql-client, or give a plain dump or the database URL`,
    );
  }
  try {
    await run('pg_restore', ['--no-owner', '--no-privileges', '-f', outFile, file], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const detail = ((error as { stderr?: string }).stderr ?? (error as Error).message).trim();
    throw new SourceError(
      `--from ${file}: this custom-format dump was written by pg_dump ${header.dumpVersion ?? '(unknown version)'} (archive format ${header.archiveVersion}); ` +
        `pg_restore ${local} on this machine cannot read it (${detail}). Use a pg_restore of version >= ${header.dumpVersion?.split('.')[0] ?? 'the pg_dump'}, ` +
        `or a plain dump (pg_dump -Fp / supabase db dump), or rehearse straight from the database: --from postgresql://...`,
    );
  }
}

export interface PreparedSource {
  kind: SourceKind;
  /** the URL, or the plain SQL file psql runs */
  input: string;
  cleanup(): void;
}

/**
 * Checks the source before anything starts: a URL is taken as is, a plain dump as is, a custom
 * dump is converted to plain SQL now (so an unreadable one fails fast, with the versions named).
 */
export async function prepareSource(from: string, log: (line: string) => void): Promise<PreparedSource> {
  const kind = detectSource(from);
  if (kind !== 'custom') return { kind, input: from, cleanup: () => undefined };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-dump-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const plain = path.join(dir, 'dump.sql');
    log(`converting the custom-format dump ${from} to plain SQL with pg_restore`);
    await customToPlain(from, plain);
    return { kind, input: plain, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

export async function restoreSource(source: PreparedSource, targetUrl: string, log: (line: string) => void): Promise<RestoreResult> {
  if (source.kind === 'url') {
    log('copying the source database over the wire (read-only session)');
    const counts = await copyDatabase(source.input, targetUrl, log);
    return { kind: source.kind, tolerated: [], errors: [], counts };
  }
  log(`restoring ${source.kind === 'plain' ? 'the plain dump' : 'the converted dump'} with psql`);
  return { kind: source.kind, ...(await restorePlain(source.input, targetUrl)) };
}
