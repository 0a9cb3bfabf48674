import { useLocaleState } from 'react-admin';
import { formatCurrencyUnits, formatDate, formatNumber } from '../common/formatting';
import { bucketLabel, type Bucket } from './period';

/** Axis ticks and tooltip values of the charts in the app's locale ("1 234", "16 août", "999,00 $US"). */
export const useChartFormat = () => {
  const [locale] = useLocaleState();
  return {
    bucket: (bucket: Bucket) => (value: unknown) => bucketLabel(String(value), bucket, locale),
    number: (value: unknown) => (typeof value === 'number' ? formatNumber(value, locale, 1) : String(value ?? '')),
    /** Tooltip value of a series named by its currency code (revenue). */
    money: (value: unknown, currency: unknown) =>
      typeof value === 'number' ? formatCurrencyUnits(value, String(currency), locale) : String(value ?? ''),
    date: (value: Date) => formatDate(value, locale),
  };
};
