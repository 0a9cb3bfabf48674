-- Revert 20250601000310_payments_webhook_functions.
drop function if exists public.stripe_customer_user_id(text);
drop function if exists public.stripe_handle_event(jsonb, uuid);
drop function if exists payments.on_charge_refunded(text, jsonb);
drop function if exists payments.on_payment_intent_failed(text, jsonb, uuid);
drop function if exists payments.on_checkout_session(text, text, jsonb, uuid);
drop function if exists payments.record_order_status(
  public.payment_links, public.order_status, text, uuid, text, text, integer, text, text, text, text, jsonb
);
drop function if exists payments.open_dossier(public.orders);
drop function if exists payments.ensure_customer_profile(uuid, text, text, boolean);
drop function if exists payments.lock_payment_link(jsonb);
