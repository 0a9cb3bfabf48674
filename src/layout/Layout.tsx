import type { ReactNode } from 'react';
import { Layout as RaLayout, Loading, useAuthenticated, useGetIdentity } from 'react-admin';
import { NoAccessPage } from '../auth/NoAccessPage';
import { DocumentTitle } from '../i18n/DocumentTitle';
import { hasBackOfficeAccess } from '../providers/authProvider';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { useLiveIdentity } from './useLiveIdentity';

/**
 * The back-office frame. Nothing of it (menu, pages, their queries) renders until we know the
 * signed-in user is an active agent; everybody else gets the no-access page.
 */
export const Layout = ({ children }: { children: ReactNode }) => {
  useAuthenticated(); // signed out: log out once and go to the login page
  useLiveIdentity(); // a role change or a deactivation shows within seconds
  const { identity, isPending, error } = useGetIdentity();
  // Signed out (or the session expired): react-admin's auth check is redirecting to the login page.
  if (isPending || error) return <Loading />;
  if (!hasBackOfficeAccess(identity)) {
    return <NoAccessPage email={(identity?.email as string | undefined) ?? identity?.fullName} />;
  }
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      <DocumentTitle />
      {children}
    </RaLayout>
  );
};
