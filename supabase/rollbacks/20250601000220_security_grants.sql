-- Revert 20250601000220_security_grants: back to Supabase's default privileges on public.
grant all on all tables in schema public to anon, authenticated;
grant all on all sequences in schema public to anon, authenticated;
grant execute on all functions in schema public to public, anon;
