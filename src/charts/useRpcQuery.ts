import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { errorMessage, opsKeys, useOpsDataProvider } from '../operations/queries';
import type { RpcArgs, RpcName, RpcResult } from '../providers/dataProvider';

export interface RpcQueryState<T> {
  data: T | undefined;
  loading: boolean;
  error: string | null;
}

/**
 * A dashboard SQL function's answer through react-query (the data provider's rpc). `args ===
 * null` means "do not query" (an invalid date range): nothing is requested.
 */
export function useRpcQuery<F extends RpcName>(fn: F, args: RpcArgs<F> | null): RpcQueryState<RpcResult<F>> {
  const dataProvider = useOpsDataProvider();
  const query = useQuery({
    queryKey: opsKeys.rpc(fn, args ?? {}),
    queryFn: () => dataProvider.rpc(fn, (args ?? {}) as RpcArgs<F>),
    enabled: args !== null,
    // While the range is being edited (invalid: nothing asked), the last answer stays drawn.
    placeholderData: keepPreviousData,
  });
  return { data: query.data, loading: args !== null && query.isPending && !query.isPlaceholderData, error: errorMessage(query.error) };
}
