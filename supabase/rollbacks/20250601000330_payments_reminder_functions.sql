-- Revert 20250601000330_payments_reminder_functions.
drop function if exists public.track_payment_reminder_click(uuid);
drop function if exists public.release_payment_reminder(uuid);
drop function if exists public.claim_payment_reminders(interval, integer, integer, uuid[]);
