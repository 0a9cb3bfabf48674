/**
 * Loads the modules the app fetches on demand (resource pages, the dashboard and its charts, the
 * signed-out pages), so that a test's first visit to a page does not wait for Vite to transform
 * it on a loaded machine. Call it in beforeAll of a test that renders the whole app.
 */
export const preloadLazyPages = async (): Promise<void> => {
  const modules = import.meta.glob([
    '../*/*{List,Show,Edit,Create}.tsx',
    '../dashboard/Dashboard.tsx',
    '../charts/RoleDashboard.tsx',
    '../auth/authScreens.ts',
  ]);
  await Promise.all(Object.values(modules).map((load) => load()));
};
