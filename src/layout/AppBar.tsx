import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, ToggleThemeButton } from 'react-admin';
import { IdentityBadge } from './IdentityBadge';

export const AppBar = () => (
  <RaAppBar
    color="primary"
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
