-- Revert 20250601000822_ops_agent_dashboard_counts: no agent summary functions.
drop function if exists public.my_open_steps_summary();
drop function if exists public.my_payment_links_summary(timestamptz, timestamptz);
