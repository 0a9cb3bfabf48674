import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale, type TranslationMessages } from 'react-admin';
import englishAppMessages from './en';

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
];

type Locale = 'en' | 'fr';

const toLocale = (locale: string): Locale => (locale === 'fr' ? 'fr' : 'en');

/** The French catalog is a chunk of its own: fetched only when someone chooses (or starts in) French. */
const loadFrench = (): Promise<TranslationMessages> => import('./fr').then((module) => module.default);

/**
 * English and French; the chosen locale is remembered by react-admin's store (key "locale"),
 * the first visit follows the browser's language. English ships with the app; French is loaded
 * when first chosen (react-admin waits for the promise before rendering in it). To start in
 * French the catalog must already be there: pass it, or use loadI18nProvider.
 */
export const createI18nProvider = (initialLocale: string = resolveBrowserLocale('en'), french?: TranslationMessages) => {
  const initial = toLocale(initialLocale);
  if (initial === 'fr' && !french) {
    throw new Error('createI18nProvider("fr") needs the French catalog: use loadI18nProvider("fr") or pass it');
  }
  let frenchMessages = french;
  const messagesFor = (locale: string): TranslationMessages | Promise<TranslationMessages> => {
    if (toLocale(locale) === 'en') return englishAppMessages;
    if (frenchMessages) return frenchMessages;
    return loadFrench().then((messages) => (frenchMessages = messages));
  };
  return polyglotI18nProvider(messagesFor, initial, LOCALES, { allowMissing: true });
};

/** The provider for the browser's language (or `initialLocale`), French fetched first when needed. */
export const loadI18nProvider = async (initialLocale: string = resolveBrowserLocale('en')) =>
  toLocale(initialLocale) === 'fr' ? createI18nProvider('fr', await loadFrench()) : createI18nProvider('en');
