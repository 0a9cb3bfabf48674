/**
 * Drives the built SPA in Chromium as each demo role and records what it asks the API for: every
 * /rest/v1, /storage/v1 and /functions/v1 request (method, path and query, Prefer / Accept /
 * Range, body), per screen. The screens come from the app's source (./app-routes.ts); detail
 * pages use the id of the first row the role's own list returned, so they exist in the database
 * the capture ran against. Also records the JavaScript each role's browser fetched from opening
 * the login page until the first screen after login is idle (gzip size, as Vite reports it).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole } from '../demo-accounts';
import { appScreens, type AppScreen } from './app-routes';

/** The roles that use the back-office (customers have no access to it). */
export const BACK_OFFICE_ROLES = ['admin', 'manager', 'agent', 'reviewer'] as const satisfies readonly DemoRole[];
export type BackOfficeRole = (typeof BACK_OFFICE_ROLES)[number];

export interface CapturedRequest {
  role: BackOfficeRole;
  /** The route pattern of the screen that sent it (/orders/:id/show). */
  screen: string;
  kind: AppScreen['kind'];
  method: string;
  /** Path and query, from /rest/v1, /storage/v1 or /functions/v1 on. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface FirstLoad {
  role: BackOfficeRole;
  /** JS of the login page (before signing in), gzip bytes. */
  loginPageJs: number;
  /** JS fetched after signing in until the first screen was idle, gzip bytes. */
  afterLoginJs: number;
  files: string[];
}

export interface Visit {
  role: BackOfficeRole;
  route: string;
  path: string;
  /** false: the role was refused (redirect or access-denied page). */
  allowed: boolean;
}

export interface Capture {
  requests: CapturedRequest[];
  visits: Visit[];
  firstLoads: FirstLoad[];
  screens: AppScreen[];
}

const API_PREFIXES = ['/rest/v1/', '/storage/v1/', '/functions/v1/'];
const KEPT_HEADERS = ['prefer', 'accept', 'range', 'content-type', 'accept-profile', 'content-profile'];

export const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};

/** Resolves when no request has been in flight for `quietMs` (at most `timeoutMs`). */
function idleTracker(page: Page) {
  let inFlight = 0;
  let last = Date.now();
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    last = Date.now();
  };
  page.on('request', () => {
    inFlight += 1;
    last = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  /** Waits for `quietMs` without a request, counted from now at the earliest (a navigation just started). */
  return async (quietMs = 600, timeoutMs = 90_000) => {
    last = Math.max(last, Date.now());
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (inFlight === 0 && Date.now() - last >= quietMs) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
}

function apiPath(url: string, apiUrl: string): string | undefined {
  if (!url.startsWith(apiUrl)) return undefined;
  const rest = url.slice(apiUrl.length);
  return API_PREFIXES.some((prefix) => rest.startsWith(prefix)) ? rest : undefined;
}

function keptHeaders(request: Request): Record<string, string> {
  const all = request.headers();
  return Object.fromEntries(KEPT_HEADERS.filter((name) => all[name] !== undefined).map((name) => [name, all[name]!]));
}

const idOf = (row: unknown): string | undefined => {
  const id = (row as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
};

async function captureRole(
  browser: Browser,
  role: BackOfficeRole,
  siteUrl: string,
  apiUrl: string,
  screens: AppScreen[],
  log: (line: string) => void,
) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const waitIdle = idleTracker(page);
  const requests: CapturedRequest[] = [];
  const visits: Visit[] = [];
  let current: { route: string; kind: AppScreen['kind'] } | undefined;
  const firstIds = new Map<string, string>();
  // Scripts of the SPA, by URL: when requested (before or after signing in) and their gzip size.
  const scripts = new Map<string, { afterLogin: boolean; gzip: Promise<number> }>();
  let signedIn = false;

  page.on('request', (request) => {
    const pathAndQuery = apiPath(request.url(), apiUrl);
    if (!pathAndQuery || !current || request.method() === 'OPTIONS') return;
    requests.push({
      role,
      screen: current.route,
      kind: current.kind,
      method: request.method(),
      path: pathAndQuery,
      headers: keptHeaders(request),
      body: request.postData() ?? undefined,
    });
  });
  page.on('response', async (response) => {
    const url = response.url();
    if (/\.m?js$/.test(new URL(url).pathname)) {
      if (url.startsWith(siteUrl) && !scripts.has(url)) {
        scripts.set(url, {
          afterLogin: signedIn,
          gzip: response.body().then(
            (body) => gzipSync(body).length,
            () => 0,
          ),
        });
      }
      return;
    }
    // The first row of a list answer gives the id its detail pages are visited with.
    const pathAndQuery = apiPath(url, apiUrl);
    if (!pathAndQuery?.startsWith('/rest/v1/') || response.request().method() !== 'GET' || current?.kind !== 'list') return;
    const table = /^\/rest\/v1\/([\w]+)\?/.exec(pathAndQuery)?.[1];
    const resource = current.route.slice(1);
    if (table !== resource || firstIds.has(resource)) return;
    const rows = (await response.json().catch(() => undefined)) as unknown;
    const id = Array.isArray(rows) ? idOf(rows[0]) : undefined;
    if (id) firstIds.set(resource, id);
  });

  // Login page, then sign in; the dashboard is the first screen.
  await page.goto(`${siteUrl}/login`);
  await waitIdle();
  signedIn = true;
  current = { route: '/', kind: 'dashboard' };
  await page.getByRole('textbox', { name: 'Email' }).fill(DEMO_ACCOUNTS[role]);
  await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('identity-role').waitFor({ timeout: 60_000 });
  await waitIdle(1000);
  const sizes = await Promise.all(
    [...scripts].map(async ([url, script]) => ({ url, afterLogin: script.afterLogin, gzip: await script.gzip })),
  );
  const sum = (list: typeof sizes) => list.reduce((total, file) => total + file.gzip, 0);
  const firstLoad: FirstLoad = {
    role,
    loginPageJs: sum(sizes.filter((file) => !file.afterLogin)),
    afterLoginJs: sum(sizes.filter((file) => file.afterLogin)),
    files: sizes.map((file) => new URL(file.url).pathname),
  };
  visits.push({ role, route: '/', path: '/', allowed: true });

  const visit = async (screen: AppScreen, pathname: string) => {
    current = { route: screen.route, kind: screen.kind };
    const before = requests.length;
    // In-app navigation (as a click on a link does), not a reload: what is cached stays cached.
    await page.evaluate((to) => {
      window.history.pushState({}, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, pathname);
    await waitIdle();
    const landed = new URL(page.url()).pathname;
    const denied = landed !== pathname || (await page.getByTestId('access-denied').count()) > 0;
    visits.push({ role, route: screen.route, path: pathname, allowed: !denied });
    // What a refused screen asked for before its redirect is not that screen's traffic.
    if (denied) requests.splice(before);
  };

  const started = Date.now();
  for (const screen of screens.filter((s) => s.kind === 'list' || s.kind === 'custom' || s.kind === 'create')) {
    await visit(screen, screen.route);
  }
  for (const screen of screens.filter((s) => s.kind === 'show' || s.kind === 'edit')) {
    const id = firstIds.get(screen.resource!);
    if (!id) {
      visits.push({ role, route: screen.route, path: '', allowed: false });
      continue;
    }
    await visit(screen, screen.route.replace(':id', encodeURIComponent(id)));
  }
  current = undefined;
  await context.close();
  log(
    `capture ${role}: ${visits.filter((v) => v.allowed).length} screens, ${requests.length} requests in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return { requests, visits, firstLoad };
}

export async function captureSpa(options: {
  siteUrl: string;
  apiUrl: string;
  roles?: readonly BackOfficeRole[];
  log?: (line: string) => void;
  /**
   * How many roles are captured at once, each in its own browser context (default 1). Most of a
   * capture is waiting for each screen to go quiet, so two roles at a time roughly halve it.
   */
  concurrency?: number;
}): Promise<Capture> {
  const screens = appScreens();
  const roles = options.roles ?? BACK_OFFICE_ROLES;
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const capture: Capture = { requests: [], visits: [], firstLoads: [], screens };
  try {
    const results: Awaited<ReturnType<typeof captureRole>>[] = [];
    let next = 0;
    const captureNextRoles = async () => {
      while (next < roles.length) {
        const index = next++;
        results[index] = await captureRole(
          browser,
          roles[index]!,
          options.siteUrl,
          options.apiUrl,
          screens,
          options.log ?? (() => undefined),
        );
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 1, roles.length)) }, captureNextRoles));
    // In the roles' order, whatever order they finished in.
    for (const result of results) {
      capture.requests.push(...result.requests);
      capture.visits.push(...result.visits);
      capture.firstLoads.push(result.firstLoad);
    }
  } finally {
    await browser.close();
  }
  return capture;
}
