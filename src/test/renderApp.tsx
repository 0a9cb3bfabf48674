/** Renders the whole back-office in jsdom with in-memory providers (no stack). */
import { CacheProvider } from '@emotion/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { memoryStore, type AuthProvider, type DataProvider } from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';
import { App } from '../App';
import { canRoleAccess } from '../access/accessRules';
import type { AgentRole } from '../access/roles';
import { createI18nProvider } from '../i18n/i18nProvider';
import { withUserFacingErrors } from '../providers/dataProvider';
import { visibilityOnlyStyleCache } from './visibilityOnlyStyleCache';

export const fakeAuthProvider = (role: AgentRole | null): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: 'user-1', fullName: 'Test User', email: 'test@example.com', role }),
  canAccess: async ({ resource, action }) => canRoleAccess(role, resource, action),
});

type MockFn = ReturnType<typeof vi.fn>;
export type FakeDataProvider = Record<string, MockFn>;

/** A data provider answering empty lists; override methods (mocks) per test. */
export const fakeDataProvider = (overrides: Record<string, MockFn> = {}): FakeDataProvider => {
  const base: FakeDataProvider = {
    getList: vi.fn(async () => ({ data: [], total: 0 })),
    getOne: vi.fn(async (_resource: string, params: { id: unknown }) => ({ data: { id: params.id } })),
    getMany: vi.fn(async () => ({ data: [] })),
    getManyReference: vi.fn(async () => ({ data: [], total: 0 })),
    create: vi.fn(async (_resource: string, params: { data: Record<string, unknown> }) => ({ data: { id: 'new-id', ...params.data } })),
    update: vi.fn(async (_resource: string, params: { id: unknown; data: Record<string, unknown> }) => ({
      data: { id: params.id, ...params.data },
    })),
    updateMany: vi.fn(async () => ({ data: [] })),
    delete: vi.fn(async (_resource: string, params: { id: unknown }) => ({ data: { id: params.id } })),
    deleteMany: vi.fn(async () => ({ data: [] })),
    ...overrides,
  };
  return base;
};

export const renderApp = (
  path: string,
  {
    role,
    dataProvider = fakeDataProvider(),
    authProvider = fakeAuthProvider(role),
  }: { role: AgentRole | null; dataProvider?: FakeDataProvider; authProvider?: AuthProvider },
) => {
  const i18nProvider = createI18nProvider('en');
  const wrapped = withUserFacingErrors(dataProvider, i18nProvider.translate) as unknown as DataProvider;
  return render(
    <CacheProvider value={visibilityOnlyStyleCache()}>
      <MemoryRouter initialEntries={[path]}>
        <App dataProvider={wrapped} authProvider={authProvider} i18nProvider={i18nProvider} store={memoryStore()} />
      </MemoryRouter>
    </CacheProvider>,
  );
};

/** Submits the form of the page (what pressing Enter or the Save button does). */
export const submitForm = () => {
  const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
  fireEvent.submit(save.form!);
};
