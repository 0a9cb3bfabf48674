import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The whole admin renders in jsdom on a shared 2-core machine: give async queries time.
configure({ asyncUtilTimeout: 10_000 });

// Testing Library unmounts between tests only with globals on; do it explicitly.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
