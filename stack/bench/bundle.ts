/**
 * What a browser must fetch before the SPA can start, read from a build (index.html): the entry
 * script and the chunks Vite preloads with it (its static imports), gzip sizes as Vite reports
 * them; and whether the build contains source maps (it must not: they would be served).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  file: string;
  bytes: number;
  gzip: number;
}

export function staticFirstLoad(distDir: string): { files: BundleFile[]; gzip: number } {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const urls = [
    ...[...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!),
  ];
  if (urls.length === 0) throw new Error(`${distDir}/index.html names no module script`);
  const files = [...new Set(urls)].map((url) => {
    const content = readFileSync(path.join(distDir, url.replace(/^\//, '')));
    return { file: url, bytes: content.length, gzip: gzipSync(content).length };
  });
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/** Every file of the build, relative paths. */
export function buildFiles(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)));
}

/** Source maps in the build: .map files, or scripts pointing at one. */
export function sourceMaps(distDir: string): string[] {
  return buildFiles(distDir).filter(
    (file) =>
      file.endsWith('.map') || (file.endsWith('.js') && readFileSync(path.join(distDir, file), 'utf8').includes('sourceMappingURL=')),
  );
}
