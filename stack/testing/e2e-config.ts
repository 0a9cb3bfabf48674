/** The stack an end-to-end test runs against (set by the Playwright global setup). */
import type { StackConfig } from '../config';

export function e2eStack(): StackConfig {
  const json = process.env.STACK_CONFIG_JSON;
  if (!json) throw new Error('STACK_CONFIG_JSON is not set: run through `playwright test`');
  return JSON.parse(json) as StackConfig;
}
