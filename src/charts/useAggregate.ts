import { useCallback, useEffect, useRef, useState } from 'react';
import { useOpsApi } from '../operations/api';

export interface AggregateState<T> {
  data: T | undefined;
  loading: boolean;
  error: string | null;
  reload(): void;
}

/**
 * Calls a dashboard SQL function (rpc) and keeps the latest answer. `args === null` means "do
 * not query" (an invalid date range): nothing is requested.
 */
export function useAggregate<T>(fn: string, args: Record<string, unknown> | null): AggregateState<T> {
  const api = useOpsApi();
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(args !== null);
  const [error, setError] = useState<string | null>(null);
  const key = args === null ? null : JSON.stringify(args);
  const generation = useRef(0);

  const load = useCallback(() => {
    if (key === null) {
      setLoading(false);
      return;
    }
    const run = ++generation.current;
    setLoading(true);
    setError(null);
    api.rpc<T>(fn, JSON.parse(key) as Record<string, unknown>).then(
      (result) => {
        if (run !== generation.current) return;
        setData(result);
        setLoading(false);
      },
      (e: unknown) => {
        if (run !== generation.current) return;
        setError((e as Error).message);
        setLoading(false);
      },
    );
  }, [api, fn, key]);

  useEffect(load, [load]);
  return { data, loading, error, reload: load };
}

/** Rows of a PostgREST query (for the agent's own charts). */
export function useRows<T>(table: string, params: Record<string, string> | null): AggregateState<T[]> {
  const api = useOpsApi();
  const [data, setData] = useState<T[]>();
  const [loading, setLoading] = useState(params !== null);
  const [error, setError] = useState<string | null>(null);
  const key = params === null ? null : JSON.stringify(params);
  const generation = useRef(0);
  const load = useCallback(() => {
    if (key === null) return;
    const run = ++generation.current;
    setLoading(true);
    setError(null);
    api.select<T>(table, JSON.parse(key) as Record<string, string>).then(
      (rows) => {
        if (run !== generation.current) return;
        setData(rows);
        setLoading(false);
      },
      (e: unknown) => {
        if (run !== generation.current) return;
        setError((e as Error).message);
        setLoading(false);
      },
    );
  }, [api, table, key]);
  useEffect(load, [load]);
  return { data, loading, error, reload: load };
}
