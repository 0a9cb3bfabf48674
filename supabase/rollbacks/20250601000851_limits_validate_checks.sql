-- Revert 20250601000851_limits_validate_checks: nothing to give back on its own (a validated
-- check is removed with its migration, 20250601000850's revert).
select 1;
