/** The demo accounts created by supabase/seed.sql (printed by `npm start`, used by tests). */
export const DEMO_PASSWORD = 'password123';

export const DEMO_ACCOUNTS = {
  admin: 'admin@example.com',
  manager: 'manager@example.com',
  agent: 'agent@example.com',
  reviewer: 'reviewer@example.com',
  customer: 'customer@example.com',
} as const;

export type DemoRole = keyof typeof DEMO_ACCOUNTS;
