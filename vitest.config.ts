import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['stack/**/*.test.ts', 'supabase/**/*.test.ts', 'scripts/**/*.test.ts'],
          globalSetup: ['stack/testing/vitest.global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: './vite.config.ts',
        test: {
          name: 'dom',
          // Worker threads, a pool of its own: vitest runs the forks pool (the node project's files, one
          // at a time on two cores, as before) and this one (also one at a time on two cores) side by
          // side, so the SPA's jsdom tests (CPU) run while the node project mostly waits on the stack.
          pool: 'threads',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
