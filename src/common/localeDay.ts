/**
 * A day ("YYYY-MM-DD", what filters and date ranges store) typed and shown in the locale's own
 * order: 16/08/2026 in French, 8/16/2026 in English, the same as <DateField> prints. A native
 * <input type="date"> follows the browser's language, not the one chosen in the app.
 */
type Part = 'day' | 'month' | 'year';

const SAMPLE = new Date(Date.UTC(2026, 7, 16, 12));

/** The order of day, month and year in the locale's short date, and its separator. */
export function dayLayout(locale: string): { order: Part[]; separator: string } {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: 'UTC' }).formatToParts(SAMPLE);
  const order = parts.map((p) => p.type).filter((t): t is Part => t === 'day' || t === 'month' || t === 'year');
  const separator = parts.find((p) => p.type === 'literal')?.value ?? '/';
  return { order: order.length === 3 ? order : ['month', 'day', 'year'], separator };
}

const pad = (n: number, size = 2) => String(n).padStart(size, '0');

/** "2026-08-16" -> "16/08/2026" (fr) or "08/16/2026" (en); '' for no or a broken day. */
export function formatDay(day: string | null | undefined, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!match) return '';
  const values: Record<Part, string> = { year: match[1]!, month: match[2]!, day: match[3]! };
  const { order, separator } = dayLayout(locale);
  return order.map((part) => values[part]).join(separator);
}

/** What a person typed ("16/8/2026", "16.08.2026", "2026-08-16") -> "2026-08-16", or null when it is no real day. */
export function parseDay(text: string, locale: string): string | null {
  const pieces = text.trim().split(/\D+/).filter(Boolean);
  if (pieces.length !== 3) return null;
  const numbers = pieces.map(Number);
  // An ISO day ("2026-08-16", pasted or typed by habit) is read year first in every locale.
  const { order } = pieces[0]!.length === 4 ? { order: ['year', 'month', 'day'] as Part[] } : dayLayout(locale);
  const values = Object.fromEntries(order.map((part, i) => [part, numbers[i]!])) as Record<Part, number>;
  const { year, month, day } = values;
  if (year < 1000 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
