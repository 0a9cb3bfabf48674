/**
 * The one date, time and number format of each locale. Every screen formats through these (or
 * through DateField / MoneyField, which use the same Intl calls), never through a bare
 * toLocaleString() that would follow the browser instead of the language chosen in the app.
 */
import { useLocaleState } from 'react-admin';

type DateLike = string | number | Date | null | undefined;

const toDate = (value: DateLike): Date | null => {
  if (value == null || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** Date and time, as react-admin's <DateField showTime> prints them: "16/08/2026 22:47:18" in French. */
export const formatDateTime = (value: DateLike, locale: string): string => toDate(value)?.toLocaleString(locale) ?? '';

/** A day, as <DateField> prints it: "16/08/2026" in French, "8/16/2026" in English. */
export const formatDate = (value: DateLike, locale: string): string => toDate(value)?.toLocaleDateString(locale) ?? '';

/** A plain number with the locale's grouping and decimal separators ("1 234,5" in French). */
export const formatNumber = (value: number | null | undefined, locale: string, maximumFractionDigits = 2): string =>
  value == null || Number.isNaN(Number(value)) ? '' : new Intl.NumberFormat(locale, { maximumFractionDigits }).format(Number(value));

/** An amount in currency units (999 USD), e.g. "999,00 $US" in French. */
export const formatCurrencyUnits = (value: number | null | undefined, currency: string, locale: string): string => {
  if (value == null || Number.isNaN(Number(value))) return '';
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(Number(value));
  } catch {
    return `${formatNumber(value, locale)} ${currency}`;
  }
};

/** The formatters bound to the locale chosen in the app. */
export const useFormatters = () => {
  const [locale] = useLocaleState();
  return {
    locale,
    dateTime: (value: DateLike) => formatDateTime(value, locale),
    date: (value: DateLike) => formatDate(value, locale),
    number: (value: number | null | undefined, digits?: number) => formatNumber(value, locale, digits),
    currency: (value: number | null | undefined, currency: string) => formatCurrencyUnits(value, currency, locale),
  };
};
