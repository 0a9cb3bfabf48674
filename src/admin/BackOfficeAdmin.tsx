import { CssBaseline } from '@mui/material';
import type { ComponentType } from 'react';
import {
  AccessDenied,
  AdminContext,
  AuthCallback,
  AuthenticationError,
  CoreAdminUI,
  Error as ErrorPage,
  Layout,
  LoadingPage,
  NotFound,
  Notification,
  type AdminProps,
  type CatchAllComponent,
} from 'react-admin';

// NotFound's own title prop is a string; react-admin's AdminUI passes it as the catch-all too.
const NotFoundPage: CatchAllComponent = () => <NotFound />;

export interface BackOfficeAdminProps extends Omit<AdminProps, 'loginPage' | 'notification'> {
  /** Required: react-admin's own login form is not part of this app. */
  loginPage: ComponentType;
}

/**
 * react-admin's <Admin> (= <AdminContext> + <AdminUI>, the same defaults) without one thing:
 * AdminUI's default `loginPage = Login` keeps react-admin's login form (react-hook-form and the
 * text inputs, about 16 kB gzip) in every first load, even when another login page is given.
 * Here the login page is the caller's, so the forms load with the pages that use them.
 */
export const BackOfficeAdmin = ({
  authProvider,
  basename,
  darkTheme,
  dataProvider,
  defaultTheme,
  i18nProvider,
  lightTheme,
  queryClient,
  routerProvider,
  store,
  theme,
  accessDenied = AccessDenied,
  authCallbackPage = AuthCallback,
  authenticationError = AuthenticationError,
  catchAll = NotFoundPage,
  error = ErrorPage,
  layout = Layout,
  loading = LoadingPage,
  title = 'React Admin',
  children,
  ...ui
}: BackOfficeAdminProps) => (
  <AdminContext
    authProvider={authProvider}
    basename={basename}
    darkTheme={darkTheme}
    dataProvider={dataProvider}
    defaultTheme={defaultTheme}
    i18nProvider={i18nProvider}
    lightTheme={lightTheme}
    queryClient={queryClient}
    routerProvider={routerProvider}
    store={store}
    theme={theme}
  >
    <CssBaseline enableColorScheme>
      <CoreAdminUI
        accessDenied={accessDenied}
        authCallbackPage={authCallbackPage}
        authenticationError={authenticationError}
        catchAll={catchAll}
        error={error}
        layout={layout}
        loading={loading}
        title={title}
        {...ui}
      >
        {children}
      </CoreAdminUI>
      <Notification />
    </CssBaseline>
  </AdminContext>
);
