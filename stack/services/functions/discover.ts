/** The Edge Functions of the project: every folder of supabase/functions with an index.ts, except _shared. */
import fs from 'node:fs';
import path from 'node:path';

export interface EdgeFunctionSource {
  name: string;
  dir: string;
  entry: string;
  /** The function's deno.json (import map), when it has one. */
  config?: string;
}

export function functionsDir(rootDir: string): string {
  return path.join(rootDir, 'supabase', 'functions');
}

export function discoverFunctions(rootDir: string): EdgeFunctionSource[] {
  const base = functionsDir(rootDir);
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.'))
    .map((entry) => {
      const dir = path.join(base, entry.name);
      const config = ['deno.json', 'deno.jsonc'].map((file) => path.join(dir, file)).find((file) => fs.existsSync(file));
      return { name: entry.name, dir, entry: path.join(dir, 'index.ts'), config };
    })
    .filter((fn) => fs.existsSync(fn.entry))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The deno binary installed by the `deno` npm package. */
export function denoBinary(rootDir: string): string {
  return path.join(rootDir, 'node_modules', '.bin', 'deno');
}
