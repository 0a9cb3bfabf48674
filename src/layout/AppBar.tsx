import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, ToggleThemeButton } from 'react-admin';
import { AppUserMenu } from './AppUserMenu';
import { IdentityBadge } from './IdentityBadge';

export const AppBar = () => (
  <RaAppBar
    color="primary"
    userMenu={<AppUserMenu />}
    toolbar={
      <>
        <IdentityBadge />
        <LocalesMenuButton />
        <ToggleThemeButton />
        <LoadingIndicator />
      </>
    }
  >
    <TitlePortal />
  </RaAppBar>
);
