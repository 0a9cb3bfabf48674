/** Vitest global setup of the "node" project: one isolated stack for the whole run. */
import type { TestProject } from 'vitest/node';
import { startTestStack, type TestStack } from './test-stack';

let stack: TestStack | undefined;

export async function setup(project: TestProject) {
  try {
    stack = await startTestStack();
  } catch (error) {
    console.error('The test stack did not start:', error);
    throw error;
  }
  project.provide('stackConfig', stack.config);
}

export async function teardown() {
  await stack?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    stackConfig: import('../config').StackConfig;
  }
}
