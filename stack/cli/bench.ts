/**
 * `npm run bench`: every request the SPA sends, as every role that may send it, on the large demo
 * data set, through the gateway (role token, service key, EXPLAIN ANALYZE; interleaved), 50
 * concurrent clients, growth from medium to large, first-load JavaScript. Writes the tables into
 * docs/performance.md (between the bench markers).
 *
 *   npm run bench [-- --quick] [--runs N] [--scale small|medium|large] [--growth-scale medium|none]
 *                 [--clients 50] [--seconds 30] [--no-write]
 *
 * Defaults: 10 runs (role and service key), the plan in 3 of them. --quick: 3 runs, 10 clients for 5 s, no growth run, docs not written (for development).
 * The databases are cached in .bench/ (stack/bench/database-cache.ts); the last results in
 * .bench/last-run.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isDemoScaleName, type DemoScaleName } from '../demo';
import { startBenchStack, type BenchStack } from '../bench/bench-stack';
import { staticFirstLoad } from '../bench/bundle';
import { BACK_OFFICE_ROLES, captureSpa } from '../bench/capture';
import { BENCH_CACHE_DIR, benchDatabase, type BenchDatabase } from '../bench/database-cache';
import { runLoad } from '../bench/load';
import { distinctRequests, measureAll, mentionsGeneratedRow, replayable, roleTokens, type ReplayRequest } from '../bench/replay';
import { machine, renderReport, writeIntoPerformanceDoc, type BenchReport, type GrowthRow } from '../bench/report';

const USAGE =
  'npm run bench [-- --quick] [--runs N] [--plan-runs N] [--scale small|medium|large] [--growth-scale medium|none] [--clients N] [--seconds N] [--no-write]';

function readOptions() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      'plan-runs': { type: 'string' },
      scale: { type: 'string', default: 'large' },
      'growth-scale': { type: 'string' },
      clients: { type: 'string' },
      seconds: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const positive = (name: string, raw: string | undefined, fallback: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
    return n;
  };
  if (!isDemoScaleName(values.scale!)) throw new Error(`--scale must be small, medium or large, got "${values.scale}"`);
  const growthRaw = values['growth-scale'] ?? (values.quick ? 'none' : 'medium');
  if (growthRaw !== 'none' && !isDemoScaleName(growthRaw))
    throw new Error(`--growth-scale must be small, medium, large or none, got "${growthRaw}"`);
  const scale: DemoScaleName = values.scale;
  const growthScale = growthRaw === 'none' || growthRaw === scale ? undefined : (growthRaw as DemoScaleName);
  return {
    help: values.help,
    scale,
    growthScale,
    runs: positive('runs', values.runs, values.quick ? 3 : 10),
    planRuns: positive('plan-runs', values['plan-runs'], 3),
    clients: positive('clients', values.clients, values.quick ? 10 : 50),
    seconds: positive('seconds', values.seconds, values.quick ? 5 : 30),
    write: !values['no-write'] && !values.quick,
  };
}

const t0 = performance.now();
const stamp = () => `${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s`;
const log = (line: string) => console.log(`[bench ${stamp()}] ${line}`);
let current: BenchStack | undefined;

async function withStack<T>(db: BenchDatabase, spa: boolean, fn: (stack: BenchStack) => Promise<T>): Promise<T> {
  log(`starting the stack on the ${db.scale} database${spa ? ' (with a production build of the SPA)' : ''}`);
  current = await startBenchStack(db.dataDir, { spa });
  try {
    return await fn(current);
  } finally {
    log('stopping the stack');
    await current.stop();
    current = undefined;
  }
}

const describeDb = (db: BenchDatabase) =>
  `${db.scale}: ${db.counts.orders.toLocaleString('en')} orders, ${db.counts.dossiers.toLocaleString('en')} dossiers, ${db.counts.events.toLocaleString('en')} events (${db.built ? `built in ${(db.buildMs / 1000).toFixed(0)} s` : 'cached'})`;

async function main() {
  const options = readOptions();
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const loadBefore = os.loadavg();
  const main = await benchDatabase(options.scale, log);
  const growthDb = options.growthScale ? await benchDatabase(options.growthScale, log) : undefined;

  const measured = await withStack(main, true, async ({ config }) => {
    log('capturing the SPA in Chromium (every screen, every back-office role)');
    const capture = await captureSpa({ siteUrl: config.siteUrl, apiUrl: config.apiUrl, log });
    const { kept, skipped } = await replayable(config, distinctRequests(capture.requests));
    log(
      `${capture.requests.length} requests captured, ${kept.length} distinct replayable (${skipped.length} left out: writes, or signed URLs whose token expires)`,
    );
    const tokens = await roleTokens(config, BACK_OFFICE_ROLES);
    log(
      `timing ${kept.length} requests: ${options.runs} runs as the role and with the service key, the plan in ${Math.min(options.planRuns, options.runs)} of them`,
    );
    const rows = await measureAll(config, kept, tokens, { runs: options.runs, planRuns: options.planRuns, log });
    // The mix: first pages, boards, queues, dashboard; not what fails anyway (e.g. signing a file the bench data lacks).
    const mix = rows
      .filter((m) => m.status >= 200 && m.status < 400 && !['show', 'edit', 'create'].includes(m.request.kind))
      .map((m) => m.request);
    log(`${options.clients} concurrent clients for ${options.seconds} s on ${mix.length} requests`);
    const load = await runLoad(config, mix, tokens, { clients: options.clients, seconds: options.seconds });
    for (const [what, times] of Object.entries(load.failedRequests)) log(`load: failed ${times}x: ${what}`);
    const entry = staticFirstLoad(path.join(config.dataDir, 'spa'));
    return { capture, rows, skipped, load, entryKb: entry.gzip / 1000 };
  });

  const growth: GrowthRow[] = [];
  if (growthDb) {
    const growthSet = measured.rows.filter(
      (m) => ['list', 'custom', 'dashboard'].includes(m.request.kind) && !mentionsGeneratedRow(m.request),
    );
    await withStack(growthDb, false, async ({ config }) => {
      const tokens = await roleTokens(config, BACK_OFFICE_ROLES);
      log(`growth: ${growthSet.length} first pages, boards, queues and dashboard requests on ${growthDb.scale}, ${options.runs} runs`);
      const requests: ReplayRequest[] = growthSet.map((m) => m.request);
      const onMedium = await measureAll(config, requests, tokens, { runs: options.runs, modes: ['role'], log });
      onMedium.forEach((m, i) =>
        growth.push({
          measured: growthSet[i]!,
          mediumP95: m.role.p95,
          largeP95: growthSet[i]!.role.p95,
          mediumP50: m.role.p50,
          largeP50: growthSet[i]!.role.p50,
        }),
      );
    });
  }

  const report: BenchReport = {
    date: new Date(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: { ...machine(), loadBefore, loadAfter: os.loadavg() },
    databases: [describeDb(main), ...(growthDb ? [describeDb(growthDb)] : [])],
    runs: options.runs,
    planRuns: options.planRuns,
    rows: measured.rows,
    skipped: measured.skipped.map((r) => `${r.method} ${r.path}`),
    load: measured.load,
    growth,
    growthScales: growthDb ? `${growthDb.scale} → ${main.scale}` : '',
    firstLoads: measured.capture.firstLoads,
    entryKb: measured.entryKb,
    durationS: (performance.now() - t0) / 1000,
  };
  const markdown = renderReport(report);
  mkdirSync(BENCH_CACHE_DIR, { recursive: true });
  writeFileSync(path.join(BENCH_CACHE_DIR, 'last-run.json'), JSON.stringify({ ...report, capture: measured.capture }, null, 2));
  writeFileSync(path.join(BENCH_CACHE_DIR, 'last-run.md'), `${markdown}\n`);
  console.log(`\n${markdown}`);
  if (options.write) {
    writeIntoPerformanceDoc(markdown);
    log('docs/performance.md updated');
  } else {
    log('tables in .bench/last-run.md (docs/performance.md not written: --quick or --no-write)');
  }
}

// Ctrl-C: stop the bench's stack before leaving.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void (current?.stop() ?? Promise.resolve()).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await current?.stop().catch(() => undefined);
    process.exit(1);
  },
);
