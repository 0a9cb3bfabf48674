/**
 * Invite and recovery e-mails send the browser back to the site with the session tokens in the
 * URL fragment (GoTrue: `<redirect_to>#access_token=…&refresh_token=…&type=invite`). When that
 * lands anywhere but the set-password page (e.g. on the site root), return the URL of
 * ra-supabase's set-password page carrying the same tokens; otherwise null.
 */
export const setPasswordUrlFromLocation = (location: { pathname: string; hash: string; search: string }) => {
  if (location.pathname === '/set-password' || location.pathname === '/auth-callback') return null;
  const fragment = location.hash.startsWith('#') ? location.hash.slice(1) : location.hash;
  const params = new URLSearchParams(fragment.includes('?') ? fragment.split('?')[1] : fragment);
  const type = params.get('type');
  if ((type !== 'invite' && type !== 'recovery') || !params.get('access_token') || !params.get('refresh_token')) {
    return null;
  }
  const search = new URLSearchParams({
    access_token: params.get('access_token')!,
    refresh_token: params.get('refresh_token')!,
    type,
  });
  return `/set-password?${search.toString()}`;
};
