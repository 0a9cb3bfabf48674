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

/** One entry of Vite's build manifest (.vite/manifest.json, `build.manifest: true`). */
export interface ManifestEntry {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestEntry>;

export function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The chunk files a lazily loaded module brings: its own chunk and its static imports, transitively. */
export function chunkClosure(manifest: Manifest, source: string): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const entry = manifest[key];
    if (!entry) throw new Error(`the build manifest has no ${key}`);
    if (files.has(entry.file)) return;
    files.add(entry.file);
    for (const imported of entry.imports ?? []) visit(imported);
  };
  visit(source);
  return [...files];
}

/**
 * What a signed-in user downloads before the landing screen is usable: the static first load
 * (entry + preloaded chunks) and the chunks of the lazy modules the landing route renders
 * (their static imports included), each file counted once.
 */
export function landingLoad(distDir: string, manifest: Manifest, lazySources: string[]): { files: BundleFile[]; gzip: number } {
  const first = staticFirstLoad(distDir);
  const seen = new Set(first.files.map((f) => f.file.replace(/^\//, '')));
  const files = [...first.files];
  for (const file of lazySources.flatMap((source) => chunkClosure(manifest, source))) {
    if (seen.has(file)) continue;
    seen.add(file);
    const content = readFileSync(path.join(distDir, file));
    files.push({ file: `/${file}`, bytes: content.length, gzip: gzipSync(content).length });
  }
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}
