import { useInfiniteQuery } from '@tanstack/react-query';
import type { BoardColumnKey, BoardFilters } from '../../providers/operationsQueries';
import { opsKeys, useOpsDataProvider } from '../queries';

/**
 * Cards per page of a column: every card holds a picker, and drawing hundreds at once took
 * seconds on a loaded 2-core runner. Further pages come from the server ("Load more").
 */
export const BOARD_CARDS_PER_PAGE = 25;

interface BoardPageParam {
  offset: number;
  asOf?: string;
}

/** One column of the step board (or all open steps: column null), paged on the server. */
export function useBoardColumn(column: BoardColumnKey | null, filters: BoardFilters, pageSize = BOARD_CARDS_PER_PAGE, enabled = true) {
  const dataProvider = useOpsDataProvider();
  const query = useInfiniteQuery({
    queryKey: [...opsKeys.board, column, filters, pageSize],
    // The first page (also on a refetch) splits overdue from the rest at now; the next pages keep
    // that moment, so that a step falling overdue meanwhile cannot move between two pages.
    queryFn: ({ pageParam }) => dataProvider.getStepBoardPage(column, filters, pageParam.offset, pageSize, pageParam.asOf),
    initialPageParam: { offset: 0 } as BoardPageParam,
    enabled,
    getNextPageParam: (last, pages): BoardPageParam | undefined => {
      const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0);
      return last.rows.length > 0 && loaded < last.total ? { offset: loaded, asOf: last.asOf } : undefined;
    },
  });
  const rows = query.data?.pages.flatMap((page) => page.rows) ?? [];
  const total = query.data?.pages.at(-1)?.total ?? 0;
  return { ...query, rows, total };
}
