/** The export format of a language, with the app's real messages (for exporter tests). */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { RaRecord } from 'react-admin';
import { exportFormat, exportRows, type ExportColumn, type RelatedRecords } from '../common/csvExport';
import englishAppMessages from '../i18n/en';
import frenchAppMessages from '../i18n/fr';

export const formatIn = (locale: 'en' | 'fr') => {
  const provider = polyglotI18nProvider(() => (locale === 'fr' ? frenchAppMessages : englishAppMessages), locale);
  return exportFormat((key, options) => provider.translate(key, options), locale);
};

/** The rows an exporter writes, in a language. */
export const rowsIn = (locale: 'en' | 'fr', columns: readonly ExportColumn[], records: RaRecord[], related: RelatedRecords = {}) =>
  exportRows(records, columns, related, formatIn(locale));
