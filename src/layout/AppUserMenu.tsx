import { UserMenu, useGetIdentity, useTranslate } from 'react-admin';

/**
 * React-admin's user menu, with a button name that begins with the name it shows: the default
 * names the button "Profile" while its text is the user's full name (axe label-content-name-mismatch,
 * and a voice-control user saying the visible name would not reach it).
 */
export const AppUserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const label = identity?.fullName ? translate('app.user_menu', { name: identity.fullName }) : translate('ra.auth.user_menu');
  return <UserMenu label={label} />;
};
