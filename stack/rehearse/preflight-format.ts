/** A pre-flight finding as terminal text: level, id, title, why, sample rows. */
import type { Finding } from './preflight';

export function formatFinding(f: Finding): string {
  const head = `${f.level === 'refuse' ? 'REFUSE' : 'WARN  '} ${f.id}: ${f.title} (${f.count})\n         ${f.detail}`;
  const rows = f.rows.slice(0, 10).map((r) => `         - ${JSON.stringify(r)}`);
  return [head, ...rows].join('\n');
}
