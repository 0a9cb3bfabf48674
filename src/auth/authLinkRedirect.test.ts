import { describe, expect, it } from 'vitest';
import { setPasswordUrlFromLocation } from './authLinkRedirect';

describe('setPasswordUrlFromLocation', () => {
  it('sends an invite landing on the site root to the set-password page with its tokens', () => {
    expect(
      setPasswordUrlFromLocation({
        pathname: '/',
        search: '',
        hash: '#access_token=aaa&expires_in=3600&refresh_token=rrr&token_type=bearer&type=invite',
      }),
    ).toBe('/set-password?access_token=aaa&refresh_token=rrr&type=invite');
  });

  it('leaves the set-password page, other links and incomplete tokens alone', () => {
    const hash = '#access_token=aaa&refresh_token=rrr&type=recovery';
    expect(setPasswordUrlFromLocation({ pathname: '/set-password', search: '', hash })).toBeNull();
    expect(setPasswordUrlFromLocation({ pathname: '/', search: '', hash: '#access_token=aaa&type=recovery' })).toBeNull();
    expect(setPasswordUrlFromLocation({ pathname: '/', search: '', hash: '#access_token=a&refresh_token=r&type=signup' })).toBeNull();
    expect(setPasswordUrlFromLocation({ pathname: '/products', search: '', hash: '' })).toBeNull();
  });
});
