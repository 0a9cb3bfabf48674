/**
 * The screens of the back-office, read from the app's own source (so a new resource, page or
 * custom route is seen without anyone editing a list): every <Resource name="…" {...module} /> of
 * src/App.tsx with the pages its module declares (list, show, edit, create), the routes of the
 * CustomRoutes with the layout (the operations screens), and the dashboard. The public pages
 * without the layout (set password, payment result) are not back-office screens.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config';

export type ScreenKind = 'dashboard' | 'list' | 'show' | 'edit' | 'create' | 'custom';

export interface AppScreen {
  kind: ScreenKind;
  /** A react-router pattern: /orders, /orders/:id/show, /orders/:id, /orders/create, /step-board. */
  route: string;
  resource?: string;
}

const PAGE_KINDS = ['list', 'show', 'edit', 'create'] as const;

function moduleFile(fromFile: string, specifier: string): string {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`app-routes: cannot find the module ${specifier} imported by ${fromFile}`);
}

/** `import name from './x'` and `import { name } from './x'`: identifier → file. */
function importsOf(file: string, source: string): Map<string, string> {
  const imports = new Map<string, string>();
  for (const match of source.matchAll(/import\s+(?:(\w+)|\{([^}]*)\})\s+from\s+'(\.[^']+)'/g)) {
    const names = match[1]
      ? [match[1]]
      : match[2]!
          .split(',')
          .map((n) =>
            n
              .trim()
              .split(/\s+as\s+/)
              .pop()!,
          )
          .filter(Boolean);
    for (const name of names) imports.set(name, moduleFile(file, match[3]!));
  }
  return imports;
}

/** Which of list/show/edit/create a resource module's default export declares. */
function pagesOf(file: string): ScreenKind[] {
  const source = readFileSync(file, 'utf8');
  const body = /export default\s*\{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  return PAGE_KINDS.filter((kind) => new RegExp(`(^|[\\s,{])${kind}\\s*[:,\\n}]`, 'm').test(body));
}

export function appScreens(root = ROOT_DIR): AppScreen[] {
  const appFile = path.join(root, 'src', 'App.tsx');
  const app = readFileSync(appFile, 'utf8');
  const imports = importsOf(appFile, app);
  const screens: AppScreen[] = [{ kind: 'dashboard', route: '/' }];
  for (const match of app.matchAll(/<Resource\s+name="(\w+)"([^>]*)\/>/g)) {
    const resource = match[1]!;
    const spread = /\{\.\.\.(\w+)\}/.exec(match[2]!)?.[1];
    if (!spread) continue; // a resource without pages (references only)
    const file = imports.get(spread);
    if (!file) throw new Error(`app-routes: <Resource name="${resource}"> spreads ${spread}, which src/App.tsx does not import`);
    for (const kind of pagesOf(file)) {
      const route = { list: `/${resource}`, show: `/${resource}/:id/show`, edit: `/${resource}/:id`, create: `/${resource}/create` }[
        kind as (typeof PAGE_KINDS)[number]
      ];
      screens.push({ kind, route, resource });
    }
  }
  // CustomRoutes inside the layout: the routes arrays they map over (<CustomRoutes> without noLayout).
  for (const block of app.matchAll(/<CustomRoutes>([\s\S]*?)<\/CustomRoutes>/g)) {
    for (const used of block[1]!.matchAll(/\{(\w+)\.map\(/g)) {
      const file = imports.get(used[1]!);
      if (!file) throw new Error(`app-routes: ${used[1]} is not imported by src/App.tsx`);
      for (const route of readFileSync(file, 'utf8').matchAll(/path:\s*'(\/[^']*)'/g)) screens.push({ kind: 'custom', route: route[1]! });
    }
    for (const literal of block[1]!.matchAll(/<Route\s+path="(\/[^"]*)"/g)) screens.push({ kind: 'custom', route: literal[1]! });
  }
  return screens;
}

/** The route pattern a visited path belongs to (ids replaced by :id). */
export function routeOf(pathname: string, screens: AppScreen[]): string | undefined {
  const matches = (pattern: string) => new RegExp(`^${pattern.replace(/:id/g, '[^/]+')}$`).test(pathname);
  // Literal routes first (/orders/create before /orders/:id).
  const ordered = [...screens].sort((a, b) => Number(a.route.includes(':')) - Number(b.route.includes(':')));
  return ordered.find((screen) => matches(screen.route))?.route;
}
