/**
 * Replays captured SPA requests through the gateway and times them, interleaved: for each run and
 * each request, the role's own token, the service key, and PostgREST's EXPLAIN ANALYZE of the same
 * request as the role (`Accept: application/vnd.pgrst.plan+json; options=analyze`: the SQL's own
 * execution time, and what the plan reads).
 */
import type { StackConfig } from '../config';
import { withClient } from '../database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo-accounts';
import type { BackOfficeRole, CapturedRequest } from './capture';
import { median, percentile } from './stats';

export type Mode = 'role' | 'service' | 'plan';

export interface ReplayRequest extends Omit<CapturedRequest, 'headers'> {
  headers: Record<string, string>;
}

export interface Measured {
  request: ReplayRequest;
  role: { p50: number; p95: number; samples: number[] };
  service: { p50: number; p95: number };
  /** Median of the SQL's Execution Time (ms) from the plan; NaN when not a REST request. */
  sqlMs: number;
  /** p50 role / p50 service key. */
  ratio: number;
  /** Large sequential scans and the like, from the plan. */
  planNotes: string[];
  errors: number;
  status: number;
  /** Rows the role's answer held (Content-Range). */
  rows?: number;
}

const UUID_OF_DEMO_DATA = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-de00-[0-9a-f]{12}/;

/** A request that mentions a generated row (its id) only makes sense on the database it was captured on. */
export const mentionsGeneratedRow = (request: ReplayRequest) =>
  UUID_OF_DEMO_DATA.test(decodeURIComponent(request.path) + (request.body ?? ''));

/** One request per role, method, path and body (the first screen that sent it keeps it). */
export function distinctRequests(requests: CapturedRequest[]): ReplayRequest[] {
  const seen = new Map<string, ReplayRequest>();
  for (const request of requests) {
    const key = `${request.role} ${request.method} ${request.path} ${request.body ?? ''}`;
    if (!seen.has(key)) seen.set(key, request);
  }
  return [...seen.values()];
}

/**
 * What may be replayed without changing anything: GET/HEAD, POST to a STABLE/IMMUTABLE function
 * (/rest/v1/rpc/…), signing a storage URL. Everything else (writes; opening a signed URL, whose
 * token expires) is left out, and reported.
 */
export async function replayable(
  config: StackConfig,
  requests: ReplayRequest[],
): Promise<{ kept: ReplayRequest[]; skipped: ReplayRequest[] }> {
  const readOnly = await withClient(config.dbUrl, async (client) => {
    const { rows } = await client.query<{ proname: string }>(
      "select proname from pg_proc where pronamespace = 'public'::regnamespace and provolatile in ('s', 'i')",
    );
    return new Set(rows.map((row) => row.proname));
  });
  const kept: ReplayRequest[] = [];
  const skipped: ReplayRequest[] = [];
  for (const request of requests) {
    const rpc = /^\/rest\/v1\/rpc\/(\w+)/.exec(request.path)?.[1];
    // A signed URL's token expires (the browser opens it at once; a replay minutes later would be refused).
    const signedUrl = request.path.startsWith('/storage/v1/object/sign/') && request.method === 'GET';
    const ok =
      (request.method === 'GET' && !signedUrl) ||
      request.method === 'HEAD' ||
      (request.method === 'POST' && rpc !== undefined && readOnly.has(rpc)) ||
      (request.method === 'POST' && request.path.startsWith('/storage/v1/object/sign/'));
    (ok ? kept : skipped).push(request);
  }
  return { kept, skipped };
}

/** Fresh access tokens of the demo accounts (the auth service's own, through the gateway). */
export async function roleTokens(config: StackConfig, roles: readonly BackOfficeRole[]): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const role of roles) {
    const response = await fetch(`${config.apiUrl}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { apikey: config.anonKey, 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_ACCOUNTS[role], password: DEMO_PASSWORD }),
    });
    const body = (await response.json()) as { access_token?: string };
    if (!response.ok || !body.access_token) throw new Error(`cannot sign in as ${role}: ${response.status}`);
    tokens[role] = body.access_token;
  }
  return tokens;
}

function planAccept(accept: string | undefined): string {
  const base = accept && !accept.includes('*') ? accept.split(',')[0]!.trim() : 'application/json';
  return `application/vnd.pgrst.plan+json; for="${base}"; options=analyze`;
}

interface PlanNode {
  'Node Type'?: string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

function planNotes(node: PlanNode | undefined, notes: string[] = []): string[] {
  if (!node) return notes;
  const read = ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) * (node['Actual Loops'] ?? 1);
  if (node['Node Type'] === 'Seq Scan' && read >= 10_000)
    notes.push(`Seq Scan ${node['Relation Name']} (${Math.round(read).toLocaleString('en')} rows)`);
  for (const child of node.Plans ?? []) planNotes(child, notes);
  return notes;
}

export interface Sample {
  ms: number;
  status: number;
  /** Rows in the answer (Content-Range), for REST reads. */
  rows?: number;
  sqlMs?: number;
  notes?: string[];
}

export async function send(config: StackConfig, request: ReplayRequest, mode: Mode, token: string, timeoutMs = 15_000): Promise<Sample> {
  const isRest = request.path.startsWith('/rest/v1/');
  const key = mode === 'service' ? config.serviceRoleKey : config.anonKey;
  const bearer = mode === 'service' ? config.serviceRoleKey : token;
  const headers: Record<string, string> = { ...request.headers, apikey: key, authorization: `Bearer ${bearer}` };
  if (mode === 'plan') headers.accept = planAccept(request.headers.accept);
  const started = performance.now();
  try {
    const response = await fetch(`${config.apiUrl}${request.path}`, {
      method: request.method,
      headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    const range = /^(\d+)-(\d+)\//.exec(response.headers.get('content-range') ?? '');
    const rows = range ? Number(range[2]) - Number(range[1]) + 1 : undefined;
    if (mode !== 'plan' || !isRest || !response.ok) return { ms, status: response.status, rows };
    const plans = JSON.parse(text) as { Plan?: PlanNode; 'Execution Time'?: number }[];
    const plan = Array.isArray(plans) ? plans[0] : undefined;
    return { ms, status: response.status, sqlMs: plan?.['Execution Time'], notes: planNotes(plan?.Plan) };
  } catch {
    return { ms: performance.now() - started, status: 0 };
  }
}

const ok = (status: number) => status >= 200 && status < 400;

/**
 * `runs` interleaved rounds over every request (role, service key, plan; the order rotates). The
 * plan (EXPLAIN ANALYZE: its median is the SQL's time, not a percentile) joins the first
 * `planRuns` rounds only.
 */
export async function measureAll(
  config: StackConfig,
  requests: ReplayRequest[],
  tokens: Record<string, string>,
  options: { runs: number; planRuns?: number; modes?: Mode[]; log?: (line: string) => void },
): Promise<Measured[]> {
  const allModes = options.modes ?? ['role', 'service', 'plan'];
  const planRuns = options.planRuns ?? options.runs;
  const samples = requests.map(() => ({
    role: [] as number[],
    service: [] as number[],
    plan: [] as number[],
    sql: [] as number[],
    notes: new Set<string>(),
    errors: 0,
    status: 0,
    rows: undefined as number | undefined,
  }));
  // One warm-up pass (caches, connections), not counted.
  for (const request of requests) await send(config, request, 'role', tokens[request.role]!);
  for (let run = 0; run < options.runs; run++) {
    const t0 = performance.now();
    const modes = run < planRuns ? allModes : allModes.filter((mode) => mode !== 'plan');
    for (let i = 0; i < requests.length; i++) {
      const request = requests[i]!;
      const slot = samples[i]!;
      for (let m = 0; m < modes.length; m++) {
        const mode = modes[(m + run + i) % modes.length]!;
        const sample = await send(config, request, mode, tokens[request.role]!);
        if (mode === 'role') {
          slot.status = sample.status;
          slot.rows = sample.rows ?? slot.rows;
        }
        if (!ok(sample.status)) {
          if (mode === 'role') slot.errors += 1;
          continue;
        }
        slot[mode].push(sample.ms);
        if (sample.sqlMs !== undefined) slot.sql.push(sample.sqlMs);
        for (const note of sample.notes ?? []) slot.notes.add(note);
      }
    }
    options.log?.(
      `  run ${run + 1}/${options.runs}: ${requests.length} requests x ${modes.join(', ')} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  return requests.map((request, i) => {
    const slot = samples[i]!;
    const role = { p50: median(slot.role), p95: percentile(slot.role, 95), samples: slot.role };
    const service = { p50: median(slot.service), p95: percentile(slot.service, 95) };
    return {
      request,
      role,
      service,
      sqlMs: median(slot.sql),
      ratio: role.p50 / service.p50,
      planNotes: [...slot.notes],
      errors: slot.errors,
      status: slot.status,
      rows: slot.rows,
    };
  });
}
