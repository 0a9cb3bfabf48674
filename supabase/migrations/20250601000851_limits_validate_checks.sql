-- Limits, part 2: validate the checks of 20250601000850 (in its own transaction, so the scan
-- only takes SHARE UPDATE EXCLUSIVE). A populated database whose older rows break a limit must
-- not fail the migration: such a check stays NOT VALID (new and updated rows are still checked),
-- a NOTICE names it, and `npm run db:verify` / the pre-flight show the rows to fix by hand.
-- Re-runnable: validating a valid check is a no-op.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

do $$
declare
  c record;
begin
  for c in
    select conrelid::regclass as table_name, conname
    from pg_catalog.pg_constraint
    where connamespace = 'public'::regnamespace
      and contype = 'c'
      and not convalidated
      and conname in (
        'products_name_length', 'products_code_length', 'products_description_length',
        'products_stripe_ids_length', 'products_price_amount_max',
        'steps_code_length', 'steps_label_length', 'steps_description_length',
        'document_types_code_length', 'document_types_label_length',
        'document_types_description_length', 'document_types_max_file_size_max',
        'product_steps_estimated_duration_max',
        'payment_links_prospect_name_length', 'payment_links_prospect_email_length',
        'agents_full_name_length'
      )
  loop
    begin
      execute format('alter table %s validate constraint %I', c.table_name, c.conname);
    exception when check_violation then
      raise notice 'limits: % on % stays NOT VALID: existing rows break it (fix them, then VALIDATE)',
        c.conname, c.table_name;
    end;
  end loop;
end
$$;
