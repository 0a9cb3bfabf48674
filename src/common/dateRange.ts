/** DateInput values (YYYY-MM-DD, the user's day) as timestamptz bounds for PostgREST filters. */
export const startOfDayIso = (value: string | null | undefined) => {
  if (!value) return value;
  const date = new Date(`${value}T00:00:00`);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
};

export const endOfDayIso = (value: string | null | undefined) => {
  if (!value) return value;
  const date = new Date(`${value}T23:59:59.999`);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
};

/** ISO timestamp back to the YYYY-MM-DD the DateInput shows. */
export const isoToDateInput = (value: string | null | undefined) => {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};
