/**
 * report.html: for a person deciding whether to go ahead. Summary first, then what failed, the
 * slowest statements, the longest lock per table (with how production avoids the long ones), every
 * finding with its rows, then every check. Plain HTML, every value escaped, no script.
 */
import type { Report } from './rehearse';

export const escapeHtml = (value: unknown): string =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const cell = (v: unknown) => `<td>${escapeHtml(typeof v === 'object' && v !== null ? JSON.stringify(v) : v)}</td>`;

function table(headers: string[], rows: unknown[][]): string {
  if (!rows.length) return '<p>None.</p>';
  return `<table><thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map(cell).join('')}</tr>`)
    .join('\n')}</tbody></table>`;
}

function rowsTable(rows: Record<string, unknown>[]): string {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return table(
    headers,
    rows.map((r) => headers.map((h) => r[h])),
  );
}

export function renderReportHtml(report: Report): string {
  const failed = report.checks.filter((c) => !c.ok);
  const refusals = report.findings.filter((f) => f.level === 'refuse');
  const warnings = report.findings.filter((f) => f.level === 'warn');
  const slowest = [...report.statements].sort((a, b) => b.ms - a.ms).slice(0, 15);
  const migrateMs = report.files.reduce((n, f) => n + f.ms, 0);
  const verdict = report.ok
    ? '<p class="verdict ok">PASSED: every check passed. The migration can go ahead as rehearsed.</p>'
    : `<p class="verdict fail">FAILED: ${failed.length} check(s) failed, ${refusals.length} finding(s) refuse. Do not migrate production until they are fixed.</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Rehearsal of the v1 → v2 migration</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem; max-width: 80rem; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; } th, td { border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; vertical-align: top; }
td { font-family: ui-monospace, monospace; font-size: 12px; white-space: pre-wrap; word-break: break-word; max-width: 50rem; }
.verdict { font-size: 1.3rem; font-weight: bold; padding: .5rem 1rem; } .ok { background: #e3f6e3; } .fail { background: #fbe3e3; }
.refuse { color: #a00; } .warn { color: #a60; }
</style></head><body>
<h1>Rehearsal of the v1 → v2 migration</h1>
<section id="summary"><h2>Summary</h2>
${verdict}
${table(
  ['', ''],
  [
    ['Source', `${report.source.kind}: ${report.source.from}`],
    ['Started', report.startedAt],
    ['Total time', seconds(report.totalMs)],
    ['Migrations', `${report.files.length} files, ${report.statements.length} statements, ${seconds(migrateMs)}`],
    ['Checks', `${report.checks.length - failed.length} passed, ${failed.length} failed`],
    ['Findings', `${refusals.length} refuse, ${warnings.length} warn`],
    [
      'Longest lock',
      report.locks[0]
        ? `${report.locks[0].table} ${report.locks[0].mode} ${seconds(report.locks[0].heldMs)} (${report.locks[0].file})`
        : 'none',
    ],
    ['v1 rows', Object.values(report.rows).reduce((a, b) => a + b, 0)],
  ],
)}
${table(
  ['Phase', 'Time'],
  report.phases.map((p) => [p.id, seconds(p.ms)]),
)}
</section>
<section id="failed"><h2>Failed checks</h2>
${table(
  ['Check', 'Detail'],
  failed.map((c) => [c.id, c.detail]),
)}
</section>
<section id="slowest"><h2>Slowest statements</h2>
${table(
  ['ms', 'File', 'Statement', 'Locks taken'],
  slowest.map((s) => [s.ms, s.file, s.statement, s.locks.map((l) => `${l.table} ${l.mode}${l.created ? ' (new table)' : ''}`).join('\n')]),
)}
</section>
<section id="locks"><h2>Longest lock per table</h2>
<p>Held from the start of the statement that took it until its migration committed. New tables are left out (nobody waits on them).</p>
${table(
  ['Table', 'Lock', 'Blocks', 'Held', 'File', 'Statement'],
  report.locks.map((l) => [l.table, l.mode, l.blocks, seconds(l.heldMs), l.file, l.statement]),
)}
<h3>Long blocking locks and how production avoids them</h3>
${table(
  ['Table', 'Lock', 'Held', 'Statement', 'In production', 'Run beforehand'],
  report.advice.map((a) => [a.table, a.mode, seconds(a.heldMs), a.statement, a.how, a.beforehand ?? '']),
)}
</section>
<section id="findings"><h2>Findings</h2>
${
  report.findings.length
    ? report.findings
        .map(
          (
            f,
          ) => `<h3 class="${f.level}">${escapeHtml(f.level.toUpperCase())} ${escapeHtml(f.id)}: ${escapeHtml(f.title)} (${escapeHtml(f.count)})</h3>
<p>${escapeHtml(f.detail)}</p>${rowsTable(f.rows)}`,
        )
        .join('\n')
    : '<p>None.</p>'
}
</section>
<section id="checks"><h2>Every check</h2>
${table(
  ['Check', 'Result', 'Detail'],
  report.checks.map((c) => [c.id, c.ok ? 'pass' : 'FAIL', c.detail]),
)}
</section>
<section id="files"><h2>Migrations</h2>
${table(
  ['File', 'Statements', 'ms'],
  report.files.map((f) => [f.file, f.statements, f.ms]),
)}
${
  report.revert
    ? `<h3>Revert</h3>${table(
        ['Rollback', 'ms', 'Error'],
        report.revert.steps.map((s) => [s.file, s.ms, s.error ?? '']),
      )}`
    : ''
}
</section>
<section id="rows"><h2>Rows of the restored v1</h2>
${table(['Table', 'Rows'], Object.entries(report.rows))}
</section>
</body></html>
`;
}
