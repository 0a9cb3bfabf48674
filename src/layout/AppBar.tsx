import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, ToggleThemeButton, useTranslate } from 'react-admin';
import { AppUserMenu } from './AppUserMenu';
import { IdentityBadge } from './IdentityBadge';

export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar
      color="primary"
      userMenu={<AppUserMenu />}
      toolbar={
        <>
          <IdentityBadge />
          <LocalesMenuButton />
          <ToggleThemeButton />
          {/* its spinner is a progressbar: named, as axe's aria-progressbar-name asks */}
          <LoadingIndicator aria-label={translate('ra.page.loading')} />
        </>
      }
    >
      <TitlePortal />
    </RaAppBar>
  );
};
