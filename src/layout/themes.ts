import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

const brand = { main: '#1f4e79' };

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, primary: brand, secondary: { main: '#2e7d6b' } },
  sidebar: { width: 264, closedWidth: 50 },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: { ...defaultDarkTheme.palette, primary: { main: '#90caf9' }, secondary: { main: '#80cbc4' } },
  sidebar: { width: 264, closedWidth: 50 },
};
