import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts between tests only with globals on; do it explicitly.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
