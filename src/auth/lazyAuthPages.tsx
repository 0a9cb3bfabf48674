import { Suspense, type ComponentType } from 'react';
import { Loading } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

/** Where the signed-out pages live (the same paths as ra-supabase's and our set-password page). */
export const FORGOT_PASSWORD_PATH = '/forgot-password';
export const SET_PASSWORD_PATH = '/set-password';

// react-admin renders the login page and the routes without the layout outside any <Suspense>.
const withSuspense = (Page: ComponentType) => {
  const Suspended = () => (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
  Suspended.displayName = `Lazy(${Page.displayName ?? 'Page'})`;
  return Suspended;
};

/** The signed-out pages, fetched when first shown (see ./authScreens). */
export const LoginPage = withSuspense(lazyPage(() => import('./authScreens'), 'LoginPage'));
export const ForgotPasswordPage = withSuspense(lazyPage(() => import('./authScreens'), 'ForgotPasswordPage'));
export const SetPasswordPage = withSuspense(lazyPage(() => import('./authScreens'), 'SetPasswordPage'));
