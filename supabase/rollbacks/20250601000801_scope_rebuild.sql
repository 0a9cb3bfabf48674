-- Revert 20250601000801_scope_rebuild: the rebuild function (the rows it filled go with the
-- tables, 20250601000800's revert).
set local lock_timeout = '10s';

drop function if exists private.rebuild_access_scope();
