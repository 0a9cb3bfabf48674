import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { errorMessage, opsKeys, useOpsDataProvider } from '../operations/queries';

export interface RpcQueryState<T> {
  data: T | undefined;
  loading: boolean;
  error: string | null;
}

/**
 * A dashboard SQL function's answer through react-query (the data provider's rpc). `args ===
 * null` means "do not query" (an invalid date range): nothing is requested.
 */
export function useRpcQuery<T>(fn: string, args: Record<string, unknown> | null): RpcQueryState<T> {
  const dataProvider = useOpsDataProvider();
  const query = useQuery({
    queryKey: opsKeys.rpc(fn, args ?? {}),
    queryFn: () => dataProvider.rpc<T>(fn, args ?? {}),
    enabled: args !== null,
    // While the range is being edited (invalid: nothing asked), the last answer stays drawn.
    placeholderData: keepPreviousData,
  });
  return { data: query.data, loading: args !== null && query.isPending && !query.isPlaceholderData, error: errorMessage(query.error) };
}
