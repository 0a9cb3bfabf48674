-- Revert 20250601000800_scope_access_tables: (ledger, 20250601000050) the scope tables, the
-- orders.agent_id column and its index, when this migration created them. Derived data only:
-- nothing is lost (the scope is recomputed from step_instances, orders and payment_links).
set local lock_timeout = '10s';

drop policy if exists agent_dossiers_select on private.agent_dossiers;
drop policy if exists agent_customers_select on private.agent_customers;
select migration_ledger.revert('20250601000800');
