-- Sets (creates or updates) the two Supabase Vault secrets the payment-reminders pg_cron job
-- reads (20250601000340, 20250601000710): project_url and cron_secret. Run once per hosted
-- project, and again whenever CRON_SECRET changes. Re-runnable; changes nothing on bad input.
--
-- From this repository: npm run schedule:secrets -- --db-url "$DB_URL" \
--     --project-url https://<project-ref>.supabase.co --cron-secret "$CRON_SECRET"
-- In the dashboard's SQL editor: put these two lines (with your values) above this file's text
-- and run it all:
--   select set_config('reminders.project_url', 'https://<project-ref>.supabase.co', false);
--   select set_config('reminders.cron_secret', '<the CRON_SECRET set with supabase secrets set>', false);

do $do$
declare
  v_url text := nullif(current_setting('reminders.project_url', true), '');
  v_secret text := nullif(current_setting('reminders.cron_secret', true), '');
  v_name text;
  v_value text;
  v_id uuid;
begin
  if pg_catalog.to_regnamespace('vault') is null then
    raise exception 'Supabase Vault (schema vault) is not installed in this database';
  end if;
  if v_url is null or v_url !~ '^https?://[^/\s]+/?$' then
    raise exception 'reminders.project_url must be the project URL, like https://<project-ref>.supabase.co (got %)',
      coalesce(pg_catalog.quote_literal(v_url), 'nothing');
  end if;
  if v_secret is null or pg_catalog.length(v_secret) < 16 then
    raise exception 'reminders.cron_secret must be the CRON_SECRET given to the functions (at least 16 characters)';
  end if;
  for v_name, v_value in select * from (values ('project_url', pg_catalog.rtrim(v_url, '/')), ('cron_secret', v_secret)) as s (name, value) loop
    select s.id into v_id from vault.secrets s where s.name = v_name;
    if v_id is null then
      perform vault.create_secret(v_value, v_name, 'payment-reminders pg_cron job');
    else
      perform vault.update_secret(v_id, v_value);
    end if;
  end loop;
  raise notice 'payment reminders: Vault secrets project_url and cron_secret set';
end
$do$;
