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

/** The other accounts supabase/seed.sql creates, with what each is for (the ready line lists them). */
export const OTHER_DEMO_ACCOUNTS = {
  agent2: { email: 'agent2@example.com', what: 'a second AGENT' },
  customer2: { email: 'customer2@example.com', what: 'a second customer' },
  inactive: { email: 'inactive@example.com', what: 'a deactivated agent' },
} as const;

/** Every demo account, as the ready line of `npm start` prints them. */
export const demoAccountsLine = (): string =>
  [
    ...Object.entries(DEMO_ACCOUNTS).map(([role, email]) => `${email} (${role})`),
    ...Object.values(OTHER_DEMO_ACCOUNTS).map(({ email, what }) => `${email} (${what})`),
  ].join(', ');
