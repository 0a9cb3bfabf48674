/**
 * Length and range limits of what people type, the same numbers as the database's checks
 * (supabase/migrations/20250601000850_limits_text_and_range_checks.sql): the form refuses first,
 * with the message, and the database refuses anyway.
 */
export const LIMITS = {
  name: 200,
  code: 50,
  description: 2000,
  stripeId: 255,
  email: 254,
  /** cents: 1,000,000.00 in currency units */
  priceAmountCents: 100_000_000,
  maxFileSizeMb: 1024,
  estimatedDurationHours: 8760,
} as const;
