/**
 * Playwright global setup: an isolated stack with the SPA (production build), stopped by the
 * returned teardown. Tests read the stack through STACK_CONFIG_JSON and baseURL (STACK_SITE_URL).
 */
import { startTestStack } from './test-stack';

export default async function globalSetup() {
  const stack = await startTestStack({ spa: 'preview', demoData: true });
  process.env.STACK_CONFIG_JSON = JSON.stringify(stack.config);
  process.env.STACK_SITE_URL = stack.config.siteUrl;
  return async () => {
    await stack.stop();
  };
}
