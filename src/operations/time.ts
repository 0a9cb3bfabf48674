/** Durations for people: "12 min", "5 h", "3 d 4 h". Pure. */
import type { TranslateFunction } from 'react-admin';

export interface DurationParts {
  unit: 'minutes' | 'hours' | 'days';
  count: number;
  hours: number;
}

export function durationParts(ms: number): DurationParts {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return { unit: 'minutes', count: minutes, hours: 0 };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hours', count: hours, hours: 0 };
  return { unit: 'days', count: Math.floor(hours / 24), hours: hours % 24 };
}

export const formatDuration = (ms: number, t: TranslateFunction) => {
  const parts = durationParts(ms);
  return t(`ops.waiting.${parts.unit}`, { count: parts.count, hours: parts.hours });
};

export const since = (iso: string | null | undefined, now: Date) => (iso ? now.getTime() - Date.parse(iso) : 0);
