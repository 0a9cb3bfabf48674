-- Revert 20250601000922_perf_step_board_search: the board searches step_board.search_text again.
set local lock_timeout = '10s';

drop function if exists public.search_step_board(text);
drop function if exists private.matching_step_board_ids(text);
