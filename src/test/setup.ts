import { cleanup, configure, getConfig, prettyDOM } from '@testing-library/react';
import { afterEach } from 'vitest';

// The whole admin renders in jsdom on a shared 2-core machine: give async queries time.
configure({ asyncUtilTimeout: 10_000 });

// Testing Library builds each failed query's error with a print of the whole DOM, also on every
// poll of findBy/waitFor, where the error is thrown away: on the whole app that print was an
// eighth of a test's time. Inside a poll (when Testing Library turns its expensive diagnostics
// off) the error is the message alone; the error a test finally fails with still has the DOM.
const inPoll = () => (getConfig() as { _disableExpensiveErrorDiagnostics?: boolean })._disableExpensiveErrorDiagnostics === true;
configure({
  getElementError: (message, container) => {
    const error = new Error(inPoll() ? (message ?? '') : [message, prettyDOM(container)].filter(Boolean).join('\n\n'));
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

// Testing Library unmounts between tests only with globals on; do it explicitly.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
