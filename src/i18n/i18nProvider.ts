import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale } from 'react-admin';
import englishAppMessages from './en';
import frenchAppMessages from './fr';

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
];

const messagesFor = (locale: string) => (locale === 'fr' ? frenchAppMessages : englishAppMessages);

/**
 * English and French; the chosen locale is remembered by react-admin's store (key "locale"),
 * the first visit follows the browser's language.
 */
export const createI18nProvider = (initialLocale: string = resolveBrowserLocale('en')) =>
  polyglotI18nProvider(messagesFor, initialLocale === 'fr' ? 'fr' : 'en', LOCALES, {
    allowMissing: true,
  });
