import { DayInput } from './DayInput';
import { endOfDayIso, isoToDateInput, startOfDayIso } from './dateRange';

/** Two filter inputs bounding a timestamp column: from the start of one day to the end of another. */
export const dateRangeFilters = (
  column: string,
  labels: { after: string; before: string },
  { alwaysOn = false }: { alwaysOn?: boolean } = {},
) => [
  <DayInput
    key={`${column}@gte`}
    source={`${column}@gte`}
    label={labels.after}
    alwaysOn={alwaysOn}
    parse={startOfDayIso}
    format={isoToDateInput}
  />,
  <DayInput
    key={`${column}@lte`}
    source={`${column}@lte`}
    label={labels.before}
    alwaysOn={alwaysOn}
    parse={endOfDayIso}
    format={isoToDateInput}
  />,
];
