import type { QueryClient } from '@tanstack/react-query';
import { lazy } from 'react';
import {
  CustomRoutes,
  Resource,
  localStorageStore,
  type AuthProvider,
  type DataProvider,
  type I18nProvider,
  type Store,
} from 'react-admin';
import { Route } from 'react-router-dom';
import { BackOfficeAdmin } from './admin/BackOfficeAdmin';
import { AccessDeniedPage } from './auth/AccessDeniedPage';
import { FORGOT_PASSWORD_PATH, ForgotPasswordPage, LoginPage, SET_PASSWORD_PATH, SetPasswordPage } from './auth/lazyAuthPages';
import { operationsRoutes } from './operations';
import { PAYMENT_CANCELLED_PATH, PAYMENT_COMPLETE_PATH, PaymentCancelledPage, PaymentCompletePage } from './payments';
import { Layout } from './layout/Layout';
import { darkTheme, lightTheme } from './layout/themes';
import agents from './agents';
import documentTypes from './document_types';
import documentVersions from './document_versions';
import documents from './documents';
import dossiers from './dossiers';
import messages from './messages';
import orders from './orders';
import paymentLinks from './payment_links';
import paymentReminders from './payment_reminders';
import products from './products';
import profiles from './profiles';
import stepInstances from './step_instances';
import steps from './steps';

// Loaded when first shown, in chunks of their own (the dashboard brings the charts: recharts, d3).
const Dashboard = lazy(() => import('./dashboard/Dashboard').then((module) => ({ default: module.Dashboard })));

export interface AppProps {
  dataProvider: DataProvider;
  authProvider: AuthProvider;
  i18nProvider: I18nProvider;
  /** Where the locale and theme are remembered; localStorage by default. */
  store?: Store;
  /** react-admin's QueryClient; main.tsx shares it with the auth provider (live identity). */
  queryClient?: QueryClient;
}

/**
 * The back-office. Takes its providers so the same app runs against the local stack, a hosted
 * Supabase project or test doubles. Render it inside a router (main.tsx uses BrowserRouter).
 */
export const App = ({
  dataProvider,
  authProvider,
  i18nProvider,
  store = localStorageStore(undefined, 'partners-backoffice'),
  queryClient,
}: AppProps) => (
  <BackOfficeAdmin
    queryClient={queryClient}
    title="Partners back-office"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    loginPage={LoginPage}
    layout={Layout}
    dashboard={Dashboard}
    accessDenied={AccessDeniedPage}
    theme={lightTheme}
    darkTheme={darkTheme}
    defaultTheme="light"
    disableTelemetry
  >
    <CustomRoutes noLayout>
      <Route path={SET_PASSWORD_PATH} element={<SetPasswordPage />} />
      <Route path={FORGOT_PASSWORD_PATH} element={<ForgotPasswordPage />} />
      {/* Public pages where the checkout sends the prospect back (no login). */}
      <Route path={PAYMENT_COMPLETE_PATH} element={<PaymentCompletePage />} />
      <Route path={PAYMENT_CANCELLED_PATH} element={<PaymentCancelledPage />} />
    </CustomRoutes>
    {/* Operations screens (review queue, step board, my work, activity), inside the layout. */}
    <CustomRoutes>
      {operationsRoutes.map((route) => (
        <Route key={route.path} path={route.path} element={route.element} />
      ))}
    </CustomRoutes>
    {/* Sales */}
    <Resource name="payment_links" {...paymentLinks} />
    <Resource name="orders" {...orders} />
    <Resource name="payment_reminders" {...paymentReminders} />
    {/* Operations */}
    <Resource name="dossiers" {...dossiers} />
    <Resource name="step_instances" {...stepInstances} />
    <Resource name="documents" {...documents} />
    <Resource name="document_versions" {...documentVersions} />
    <Resource name="messages" {...messages} />
    {/* Catalog */}
    <Resource name="products" {...products} />
    <Resource name="steps" {...steps} />
    <Resource name="document_types" {...documentTypes} />
    <Resource name="product_steps" />
    {/* Team */}
    <Resource name="agents" {...agents} />
    {/* What every agent reads of the team: active agents by name and role (references, pickers). */}
    <Resource name="agent_directory" recordRepresentation="full_name" />
    <Resource name="profiles" {...profiles} />
    <Resource name="events" />
    <Resource name="dossier_status_history" />
    <Resource name="document_reviews" />
  </BackOfficeAdmin>
);

export default App;
