-- Limits, part 1: length and range checks on what people type into the back-office (catalog text,
-- prices, durations, sizes, prospect and agent names), so a 600-character product name is refused
-- by the database too, not only by the form (src/common/limits.ts holds the same numbers).
-- Added NOT VALID: only new and updated rows are checked here, with a brief lock and no scan;
-- 20250601000851 validates them where the existing rows already pass. Re-runnable: each check is
-- dropped first. Every name is mapped to a sentence naming the field in src/providers/dbErrors.ts.

set local lock_timeout = '5s';
set local statement_timeout = '30s';

-- products
alter table public.products drop constraint if exists products_name_length;
alter table public.products add constraint products_name_length
  check (char_length(name) between 1 and 200) not valid;
alter table public.products drop constraint if exists products_code_length;
alter table public.products add constraint products_code_length
  check (char_length(code) <= 50) not valid;
alter table public.products drop constraint if exists products_description_length;
alter table public.products add constraint products_description_length
  check (char_length(description) <= 2000) not valid;
alter table public.products drop constraint if exists products_stripe_ids_length;
alter table public.products add constraint products_stripe_ids_length
  check (char_length(stripe_product_id) <= 255 and char_length(stripe_price_id) <= 255) not valid;
-- 1,000,000.00 in currency units at most (the price is kept in cents).
alter table public.products drop constraint if exists products_price_amount_max;
alter table public.products add constraint products_price_amount_max
  check (price_amount <= 100000000) not valid;

-- steps
alter table public.steps drop constraint if exists steps_code_length;
alter table public.steps add constraint steps_code_length
  check (char_length(code) <= 50) not valid;
alter table public.steps drop constraint if exists steps_label_length;
alter table public.steps add constraint steps_label_length
  check (char_length(label) between 1 and 200) not valid;
alter table public.steps drop constraint if exists steps_description_length;
alter table public.steps add constraint steps_description_length
  check (char_length(description) <= 2000) not valid;

-- document_types
alter table public.document_types drop constraint if exists document_types_code_length;
alter table public.document_types add constraint document_types_code_length
  check (char_length(code) <= 50) not valid;
alter table public.document_types drop constraint if exists document_types_label_length;
alter table public.document_types add constraint document_types_label_length
  check (char_length(label) between 1 and 200) not valid;
alter table public.document_types drop constraint if exists document_types_description_length;
alter table public.document_types add constraint document_types_description_length
  check (char_length(description) <= 2000) not valid;
-- 1 GB at most per file.
alter table public.document_types drop constraint if exists document_types_max_file_size_max;
alter table public.document_types add constraint document_types_max_file_size_max
  check (max_file_size_mb <= 1024) not valid;

-- product_steps: a step lasts a year at most.
alter table public.product_steps drop constraint if exists product_steps_estimated_duration_max;
alter table public.product_steps add constraint product_steps_estimated_duration_max
  check (estimated_duration_hours <= 8760) not valid;

-- payment_links: the payment-links function refuses longer input with the same limits.
alter table public.payment_links drop constraint if exists payment_links_prospect_name_length;
alter table public.payment_links add constraint payment_links_prospect_name_length
  check (char_length(prospect_name) <= 200) not valid;
alter table public.payment_links drop constraint if exists payment_links_prospect_email_length;
alter table public.payment_links add constraint payment_links_prospect_email_length
  check (char_length(prospect_email) <= 254) not valid;

-- agents
alter table public.agents drop constraint if exists agents_full_name_length;
alter table public.agents add constraint agents_full_name_length
  check (char_length(full_name) <= 200) not valid;
