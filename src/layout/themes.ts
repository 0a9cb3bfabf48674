import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

const brand = { main: '#1f4e79' };

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: brand,
    secondary: { main: '#2e7d6b' },
    // MUI's warning orange (#ed6c02) is 3.1:1 on white: outlined warning chips (overdue steps, expired
    // links) failed WCAG's 4.5:1 for text. Its error red (#d32f2f) is 4.3:1 on a grey #eee (text Delete
    // buttons failed), and #c62828 4.25:1 on the #e0e0e0 toolbar of an edit page. These are at least
    // 4.6:1 on white, #f5f5f5, #eee and #e0e0e0, and white on them too.
    warning: { main: '#a14805' },
    error: { main: '#b71c1c' },
  },
  sidebar: { width: 264, closedWidth: 50 },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: { ...defaultDarkTheme.palette, primary: { main: '#90caf9' }, secondary: { main: '#80cbc4' } },
  sidebar: { width: 264, closedWidth: 50 },
};
