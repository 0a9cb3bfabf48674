/** The bench's tables (Markdown), and their place in docs/performance.md between the bench markers. */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../config';
import type { FirstLoad } from './capture';
import type { LoadResult } from './load';
import type { Measured } from './replay';

export const TARGETS = { p95Ms: 50, ratio: 1.5, growth: 1.5, loadP95Ms: 300, firstLoadKb: 350 };

export interface GrowthRow {
  measured: Measured;
  mediumP95: number;
  largeP95: number;
  /** The medians too: with 10 runs a p95 is about the slowest run, so one hiccup shows as growth. */
  mediumP50: number;
  largeP50: number;
}

export interface BenchReport {
  date: Date;
  command: string;
  machine: { cpus: number; model: string; loadBefore: number[]; loadAfter: number[] };
  databases: string[];
  runs: number;
  planRuns: number;
  rows: Measured[];
  skipped: string[];
  load?: LoadResult;
  growth: GrowthRow[];
  growthScales: string;
  firstLoads: FirstLoad[];
  entryKb?: number;
  durationS: number;
}

const KIND_ORDER = ['dashboard', 'list', 'custom', 'show', 'edit', 'create'];
const f0 = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '-');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const cell = (text: string) => text.replace(/\|/g, '\\|');
const shortPath = (p: string, max = 110) => {
  const decoded = decodeURIComponent(p);
  return decoded.length > max ? `${decoded.slice(0, max - 1)}…` : decoded;
};
const requestLabel = (m: Measured) => `\`${cell(`${m.request.method} ${shortPath(m.request.path)}`)}\``;

export function sortRows(rows: Measured[]): Measured[] {
  return [...rows].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.request.kind) - KIND_ORDER.indexOf(b.request.kind) ||
      a.request.screen.localeCompare(b.request.screen) ||
      a.request.path.localeCompare(b.request.path) ||
      a.request.role.localeCompare(b.request.role),
  );
}

const isListOrDetail = (m: Measured) => ['list', 'show', 'edit'].includes(m.request.kind);

export function renderReport(report: BenchReport): string {
  const { rows } = report;
  const out: string[] = [];
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
  out.push(
    `Measured ${report.date.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${report.command}\` (${report.durationS.toFixed(0)} s) on ${report.machine.cpus} × ${report.machine.model}; load average (1/5/15 min) ${load(report.machine.loadBefore)} before, ${load(report.machine.loadAfter)} after. ${report.databases.join('; ')}. After one warm-up pass, ${report.runs} interleaved runs per request as the role and with the service key, the plan (EXPLAIN ANALYZE) in ${Math.min(report.planRuns, report.runs)} of them.`,
    '',
  );
  // Targets.
  const over = rows.filter((m) => !(m.role.p95 <= TARGETS.p95Ms));
  // Only where the service key gets an answer (the dashboards' functions refuse it: no ratio).
  const ratioRows = rows.filter((m) => isListOrDetail(m) && Number.isFinite(m.ratio));
  const ratioOver = ratioRows.filter((m) => !(m.ratio <= TARGETS.ratio));
  const growthOver = report.growth.filter((g) => !(g.largeP95 / g.mediumP95 <= TARGETS.growth));
  const growthOverP50 = report.growth.filter((g) => !(g.largeP50 / g.mediumP50 <= TARGETS.growth));
  const worst = (list: Measured[], by: (m: Measured) => number) =>
    [...list]
      .filter((m) => Number.isFinite(by(m)))
      .sort((a, b) => by(b) - by(a))
      .slice(0, 3)
      .map((m) => `${m.request.screen} as ${m.request.role} ${f0(by(m))}`)
      .join(', ');
  const maxFirst = Math.max(...report.firstLoads.map((f) => f.loginPageJs + f.afterLoginJs));
  out.push('| target | result |', '|---|---|');
  out.push(
    `| every SPA request p95 ≤ ${TARGETS.p95Ms} ms | ${rows.length - over.length} of ${rows.length} requests${over.length ? `; worst: ${worst(over, (m) => m.role.p95)} ms` : ''} |`,
  );
  out.push(
    `| role / service key ≤ ${TARGETS.ratio} (p50, lists and detail pages) | ${ratioRows.length - ratioOver.length} of ${ratioRows.length}${ratioOver.length ? `; worst: ${worst(ratioOver, (m) => m.ratio)}x` : ''} |`,
  );
  if (report.growth.length) {
    const worstGrowth = [...report.growth].sort((a, b) => b.largeP95 / b.mediumP95 - a.largeP95 / a.mediumP95).slice(0, 3);
    out.push(
      `| growth ${report.growthScales}: p95 ≤ ${TARGETS.growth}x (first pages, boards, queues) | ${report.growth.length - growthOver.length} of ${report.growth.length}${growthOver.length ? `; worst: ${worstGrowth.map((g) => `${g.measured.request.screen} as ${g.measured.request.role} ${f2(g.largeP95 / g.mediumP95)}x`).join(', ')}` : ''}; on the medians ${report.growth.length - growthOverP50.length} of ${report.growth.length} |`,
    );
  }
  if (report.load)
    out.push(
      `| ${report.load.clients} concurrent clients: p95 ≤ ${TARGETS.loadP95Ms} ms, 0 errors | p95 ${f0(report.load.p95)} ms, ${report.load.errors} errors, ${report.load.perSecond.toFixed(0)} req/s |`,
    );
  // The target counts what every user loads before a screen can draw (the entry chunk and its
  // static imports); the dashboards, charts, operations pages and the French catalog are lazy by
  // design, so the per-role totals (which include the landing screen's lazy chunks) are shown apart.
  if (report.firstLoads.length || report.entryKb)
    out.push(
      `| first-load JavaScript after login ≤ ${TARGETS.firstLoadKb} kB gzip (lazy screens excluded) | ${report.entryKb ? `entry chunk + static imports ${report.entryKb.toFixed(1)} kB` : 'entry not measured'}${report.firstLoads.length ? `; with the landing screen's lazy chunks, largest ${kb(maxFirst)} (per role below)` : ''} |`,
    );
  out.push('');

  out.push(`### Every request the SPA sent (${rows.length}), through the gateway`, '');
  out.push(
    '| screen | request | role | p50 / p95 ms | service key p50 / p95 | role / service | SQL ms (plan) | rows | plan shows |',
    '|---|---|---|---:|---:|---:|---:|---:|---|',
  );
  for (const m of sortRows(rows)) {
    const status = m.errors ? ` (${m.errors} errors, HTTP ${m.status})` : '';
    out.push(
      `| ${m.request.screen} | ${requestLabel(m)} | ${m.request.role} | ${f0(m.role.p50)} / ${f0(m.role.p95)}${status} | ${f0(m.service.p50)} / ${f0(m.service.p95)} | ${f2(m.ratio)} | ${f2(m.sqlMs)} | ${m.rows ?? ''} | ${cell(m.planNotes.join('; '))} |`,
    );
  }
  out.push('');
  if (report.skipped.length) {
    const kinds = [...new Set(report.skipped.map((s) => shortPath(s.split('?')[0]!.replace(/[0-9a-f-]{36}.*$/, '…'), 80)))];
    out.push(
      `Not replayed (${report.skipped.length}: writes, or opening a signed URL whose token expires): ${kinds.map((s) => `\`${cell(s)}\``).join(', ')}.`,
      '',
    );
  }

  if (report.load) {
    const l = report.load;
    out.push(`### ${l.clients} concurrent clients for ${l.seconds} s`, '');
    out.push('| clients | mix | requests | req/s | p50 ms | p95 ms | errors |', '|---:|---:|---:|---:|---:|---:|---|');
    out.push(
      `| ${l.clients} | ${l.mixSize} requests (first pages, boards, queues, dashboard; every role) | ${l.requests} | ${l.perSecond.toFixed(1)} | ${f0(l.p50)} | ${f0(l.p95)} | ${l.errors}${
        l.errors
          ? ` (${Object.entries(l.errorStatuses)
              .map(([s, n]) => `HTTP ${s}: ${n}`)
              .join(', ')})`
          : ''
      } |`,
      '',
    );
  }
  if (report.growth.length) {
    out.push(`### Growth ${report.growthScales} (p95 and median, role's token)`, '');
    out.push(
      '| screen | request | role | p95 medium ms | p95 large ms | growth | p50 medium / large ms | growth (p50) |',
      '|---|---|---|---:|---:|---:|---:|---:|',
    );
    for (const g of [...report.growth].sort((a, b) => b.largeP95 / b.mediumP95 - a.largeP95 / a.mediumP95)) {
      out.push(
        `| ${g.measured.request.screen} | ${requestLabel(g.measured)} | ${g.measured.request.role} | ${f0(g.mediumP95)} | ${f0(g.largeP95)} | ${f2(g.largeP95 / g.mediumP95)}x | ${f0(g.mediumP50)} / ${f0(g.largeP50)} | ${f2(g.largeP50 / g.mediumP50)}x |`,
      );
    }
    out.push('');
  }
  if (report.firstLoads.length) {
    out.push('### First-load JavaScript per role (Chromium, gzip as Vite reports it)', '');
    out.push('| role | login page | after login, until the dashboard is idle | total | files |', '|---|---:|---:|---:|---:|');
    for (const f of report.firstLoads)
      out.push(`| ${f.role} | ${kb(f.loginPageJs)} | ${kb(f.afterLoginJs)} | ${kb(f.loginPageJs + f.afterLoginJs)} | ${f.files.length} |`);
    out.push('');
  }
  return out.join('\n');
}

export const machine = () => ({ cpus: os.cpus().length, model: os.cpus()[0]?.model.trim() ?? 'unknown CPU', loadAfter: [] as number[] });

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the generated section of docs/performance.md (between the bench markers). */
export function writeIntoPerformanceDoc(markdown: string, file = path.join(ROOT_DIR, 'docs', 'performance.md')): void {
  const doc = readFileSync(file, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} … ${END} section`);
  writeFileSync(file, `${doc.slice(0, start + START.length)}\n${markdown}\n${doc.slice(end)}`);
}
