/**
 * A moment (an ISO instant, what the payment link's expiry stores) typed and shown in the app's
 * locale, in the browser's time zone: "16/08/2026 22:47" in French, "08/16/2026 10:47 PM" in
 * English. A native <input type="datetime-local"> follows the browser's language instead
 * (a French user of an English browser saw "mm/dd/yyyy, --:-- --").
 */
import { formatDay, parseDay } from './localeDay';

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether the locale writes hours on a 12-hour clock with AM/PM (English) or 0-23 (French). */
export function usesTwelveHours(locale: string): boolean {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12';
}

/** An ISO instant -> "16/08/2026 22:47" (fr) or "08/16/2026 10:47 PM" (en), local time; '' for none. */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const day = formatDay(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`, locale);
  const hours = date.getHours();
  const minutes = pad(date.getMinutes());
  if (!usesTwelveHours(locale)) return `${day} ${pad(hours)}:${minutes}`;
  return `${day} ${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}

const DATE_TIME = /^(.+?)(?:\s*,\s*|\s+|T)(\d{1,2})\s*[:hH.]\s*(\d{2})\s*([AaPp]\.?[Mm]\.?)?$/;

/**
 * What a person typed ("16/08/2026 22:47", "16/8/2026 22h47", "08/16/2026 10:47 pm",
 * "2026-08-16T22:47") -> the ISO instant of that local time, or null when it is no real moment.
 * The day is read in the locale's order (see localeDay.ts); AM/PM is accepted in every locale.
 */
export function parseDateTime(text: string, locale: string): string | null {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [, dayText, hourText, minuteText, meridiem] = match;
  const day = parseDay(dayText!, locale);
  if (!day) return null;
  let hours = Number(hourText);
  const minutes = Number(minuteText);
  if (minutes > 59) return null;
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (/^[Pp]/.test(meridiem) ? 12 : 0);
  } else if (hours > 23) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const moment = new Date(year, month - 1, date, hours, minutes);
  // A local time skipped by a daylight-saving change does not exist.
  if (moment.getHours() !== hours || moment.getMinutes() !== minutes) return null;
  return moment.toISOString();
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether a form value is a moment (an ISO instant) rather than text that was not one. */
export const isInstant = (value: unknown): boolean => {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return false;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return false;
  // "2026-02-31T10:00Z" is no day (Date would roll it over to March).
  return !value.endsWith('Z') || date.toISOString().slice(0, 10) === value.slice(0, 10);
};
