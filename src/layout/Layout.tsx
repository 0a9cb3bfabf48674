import type { ReactNode } from 'react';
import { Layout as RaLayout, Loading, useGetIdentity } from 'react-admin';
import { NoAccessPage } from '../auth/NoAccessPage';
import { hasBackOfficeAccess } from '../providers/authProvider';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * The back-office frame. Nothing of it (menu, pages, their queries) renders until we know the
 * signed-in user is an active agent; everybody else gets the no-access page.
 */
export const Layout = ({ children }: { children: ReactNode }) => {
  const { identity, isPending } = useGetIdentity();
  if (isPending) return <Loading />;
  if (!hasBackOfficeAccess(identity)) {
    return <NoAccessPage email={(identity?.email as string | undefined) ?? identity?.fullName} />;
  }
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      {children}
    </RaLayout>
  );
};
