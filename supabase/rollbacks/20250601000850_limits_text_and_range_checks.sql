-- Revert 20250601000850_limits_text_and_range_checks: drop the checks it added (none existed in v1).
alter table if exists public.products drop constraint if exists products_name_length;
alter table if exists public.products drop constraint if exists products_code_length;
alter table if exists public.products drop constraint if exists products_description_length;
alter table if exists public.products drop constraint if exists products_stripe_ids_length;
alter table if exists public.products drop constraint if exists products_price_amount_max;
alter table if exists public.steps drop constraint if exists steps_code_length;
alter table if exists public.steps drop constraint if exists steps_label_length;
alter table if exists public.steps drop constraint if exists steps_description_length;
alter table if exists public.document_types drop constraint if exists document_types_code_length;
alter table if exists public.document_types drop constraint if exists document_types_label_length;
alter table if exists public.document_types drop constraint if exists document_types_description_length;
alter table if exists public.document_types drop constraint if exists document_types_max_file_size_max;
alter table if exists public.product_steps drop constraint if exists product_steps_estimated_duration_max;
alter table if exists public.payment_links drop constraint if exists payment_links_prospect_name_length;
alter table if exists public.payment_links drop constraint if exists payment_links_prospect_email_length;
alter table if exists public.agents drop constraint if exists agents_full_name_length;
