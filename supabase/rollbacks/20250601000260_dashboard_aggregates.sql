-- Revert 20250601000260_dashboard_aggregates.
drop function if exists public.overdue_steps();
drop function if exists public.review_queue_age();
drop function if exists public.review_throughput(timestamptz, timestamptz, text);
drop function if exists public.avg_time_per_step(timestamptz, timestamptz);
drop function if exists public.dossier_pipeline();
drop function if exists public.payment_link_conversion(timestamptz, timestamptz);
drop function if exists public.orders_by_status(timestamptz, timestamptz);
drop function if exists public.revenue_by_period(timestamptz, timestamptz, text);
drop function if exists private.period_buckets(timestamptz, timestamptz, text);
drop function if exists private.require_role(public.agent_role[]);
drop function if exists private.check_bucket(text);
drop function if exists private.check_period(timestamptz, timestamptz);
