import { useState } from 'react';
import { lastDays, rangeParams, rangeProblem, type DateRange } from './period';

/** A chart's own date range (default: the last `days` days) and the rpc arguments it gives. */
export function useRangeState(days = 90) {
  const [range, setRange] = useState<DateRange>(() => lastDays(days));
  const params = rangeProblem(range) ? null : rangeParams(range);
  return { range, setRange, params };
}
