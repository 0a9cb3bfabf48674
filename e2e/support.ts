/** Shared helpers of the back-office end-to-end tests. */
import { expect, type Page } from '@playwright/test';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import ws from 'ws';
import { e2eStack } from '../stack/testing/e2e-config';
import type { Database } from '../src/types/database.types';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole } from '../stack/demo-accounts';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** The SPA of the stack started by the global setup. */
export const siteUrl = (path = '/') => `${e2eStack().siteUrl}${path}`;

/** A service-role client to arrange data the way a test needs it (bypasses RLS). */
export const serviceClient = (): SupabaseClient<Database> => nodeClient('service');

/** A supabase-js client for the test process (Node 20: ws as realtime transport, no stored session). */
export const nodeClient = (key: 'anon' | 'service' = 'anon'): SupabaseClient<Database> => {
  const config = e2eStack();
  return createClient<Database>(config.apiUrl, key === 'service' ? config.serviceRoleKey : config.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: ws as unknown as typeof WebSocket },
  });
};

export async function fillLogin(page: Page, email: string, password: string) {
  await page.goto(siteUrl('/login'));
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in as a demo account and waits for the back-office (or the no-access page). */
export async function loginAs(page: Page, role: DemoRole) {
  await fillLogin(page, DEMO_ACCOUNTS[role], DEMO_PASSWORD);
  if (role === 'customer') {
    await expect(page.getByTestId('no-access')).toBeVisible();
  } else {
    await expect(page.getByTestId('identity-role')).toBeVisible();
  }
}

/** The labels of the sidebar menu, grouped by section. */
export async function menuSections(page: Page): Promise<Record<string, string[]>> {
  const sections: Record<string, string[]> = {};
  for (const key of ['sales', 'operations', 'catalog', 'team']) {
    const nav = page.getByTestId(`menu-section-${key}`);
    sections[key] = (await nav.count()) === 0 ? [] : await nav.getByRole('menuitem').allInnerTexts();
  }
  return sections;
}

export async function logout(page: Page) {
  await page.getByRole('button', { name: 'Profile' }).click();
  await page.getByRole('menuitem', { name: 'Logout' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
}
