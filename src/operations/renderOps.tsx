/** Renders an operations screen in jsdom with in-memory providers (tests only; no stack). */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AdminContext, memoryStore, type AuthProvider, type DataProvider } from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { canRoleAccess } from '../access/accessRules';
import type { AgentRole } from '../access/roles';
import { createI18nProvider } from '../i18n/i18nProvider';

export const opsAuthProvider = (role: AgentRole, id = 'user-1'): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id, fullName: 'Test User', role }),
  getPermissions: async () => role,
  canAccess: async ({ resource, action }) => canRoleAccess(role, resource, action),
});

/** The screen inside react-admin's context (react-query, English messages) at `path`. */
export function renderOps(
  ui: ReactElement,
  dataProvider: Record<string, unknown>,
  { role = 'MANAGER', path = '/' }: { role?: AgentRole; path?: string } = {},
) {
  const provider = {
    getList: async () => ({ data: [], total: 0 }),
    ...dataProvider,
  } as unknown as DataProvider;
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AdminContext
        dataProvider={provider}
        authProvider={opsAuthProvider(role)}
        i18nProvider={createI18nProvider('en')}
        store={memoryStore()}
      >
        {ui}
      </AdminContext>
    </MemoryRouter>,
  );
}
