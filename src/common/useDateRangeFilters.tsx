import { useTranslate } from 'react-admin';
import { dateRangeFilters } from './DateRangeInputs';

/**
 * The two filter inputs bounding a timestamp column, labelled with translated messages
 * (translation keys, e.g. `{ after: 'app.filters.created_after', before: 'app.filters.created_before' }`).
 */
export const useDateRangeFilters = (column: string, labels: { after: string; before: string }, options: { alwaysOn?: boolean } = {}) => {
  const translate = useTranslate();
  return dateRangeFilters(column, { after: translate(labels.after), before: translate(labels.before) }, options);
};
