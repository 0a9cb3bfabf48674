/** Writes report.json and report.html of a rehearsal into a folder (created if needed). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from './rehearse';
import { renderReportHtml } from './report-html';

export function writeReport(report: Report, dir: string): { json: string; html: string } {
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'report.json');
  const html = path.join(dir, 'report.html');
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(html, renderReportHtml(report));
  return { json, html };
}
