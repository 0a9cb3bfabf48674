import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium. The lead's global setup starts an isolated stack
 * (free ports, temporary data, migrations + seed) with a production build of the SPA, exports
 * STACK_CONFIG_JSON / STACK_SITE_URL, and stops everything when the run ends.
 */
export default defineConfig({
  testDir: './e2e',
  globalSetup: './stack/testing/playwright.global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '.tmp/playwright-results',
  use: {
    baseURL: process.env.STACK_SITE_URL ?? 'http://127.0.0.1:5173',
    locale: 'en-US',
    trace: 'retain-on-failure',
    acceptDownloads: true,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
