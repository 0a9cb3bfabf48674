/**
 * CSV exports a person can read: one column per thing a person looks at, titled in their
 * language, with names instead of ids, amounts in currency units and labels instead of codes.
 * Never a secret (a column is only there if an exporter lists it).
 */
import jsonExport from 'jsonexport/dist';
import { downloadCSV, useLocaleState, useTranslate, type Exporter, type RaRecord } from 'react-admin';
import { formatDateTime } from './formatting';
import { formatMinorUnits } from './money';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Related records of the exported page, by the source column that points at them. */
export type RelatedRecords = Record<string, Record<string, RaRecord>>;

export interface ExportFormat {
  translate: Translate;
  locale: string;
  enumLabel(enumName: string, code: unknown): string;
  dateTime(value: unknown): string;
  money(amount: unknown, currency: unknown): string;
  yesNo(value: unknown): string;
}

export interface ExportColumn {
  /** Translation key of the column title, e.g. resources.orders.fields.amount. */
  label: string;
  value(record: RaRecord, related: RelatedRecords, format: ExportFormat): string | number;
}

export interface ExportRelation {
  source: string;
  reference: string;
}

export const exportFormat = (translate: Translate, locale: string): ExportFormat => ({
  translate,
  locale,
  enumLabel: (enumName, code) =>
    code == null || code === '' ? '' : translate(`app.enums.${enumName}.${String(code)}`, { _: String(code) }),
  dateTime: (value) => (typeof value === 'string' || value instanceof Date ? formatDateTime(value, locale) : ''),
  money: (amount, currency) =>
    typeof amount === 'number' ? formatMinorUnits(amount, typeof currency === 'string' ? currency : 'USD', locale) : '',
  yesNo: (value) => translate(value ? 'ra.boolean.true' : 'ra.boolean.false'),
});

/** The name of a related record (its name / label / e-mail), '' when there is none. */
export const relatedName = (related: RelatedRecords, source: string, record: RaRecord, ...fields: string[]): string => {
  const id = record[source];
  if (id == null) return '';
  const target = related[source]?.[String(id)];
  if (!target) return '';
  for (const field of [...fields, 'full_name', 'name', 'label', 'email']) {
    if (typeof target[field] === 'string' && target[field]) return target[field] as string;
  }
  return '';
};

/** The CSV rows of records: one object per record, keyed by the translated column titles. */
export function exportRows(
  records: readonly RaRecord[],
  columns: readonly ExportColumn[],
  related: RelatedRecords,
  format: ExportFormat,
): Record<string, string | number>[] {
  return records.map((record) =>
    Object.fromEntries(columns.map((column) => [format.translate(column.label), column.value(record, related, format)])),
  );
}

/** Fetches the related records the columns name, by source column. */
const fetchRelations = async (
  records: RaRecord[],
  relations: readonly ExportRelation[],
  fetchRelatedRecords: Parameters<Exporter>[1],
): Promise<RelatedRecords> => {
  const entries = await Promise.all(
    relations.map(async ({ source, reference }) => [source, await fetchRelatedRecords(records, source, reference)] as const),
  );
  return Object.fromEntries(entries) as RelatedRecords;
};

/** A react-admin exporter over these columns, in the user's language; the file is named after the resource. */
export const useCsvExporter = (columns: readonly ExportColumn[], relations: readonly ExportRelation[] = []): Exporter => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return async (records, fetchRelatedRecords, _dataProvider, resource) => {
    const related = await fetchRelations(records, relations, fetchRelatedRecords);
    const format = exportFormat(translate, locale);
    const rows = exportRows(records, columns, related, format);
    const headers = columns.map((column) => translate(column.label));
    const filename = resource ? translate(`resources.${resource}.name`, { smart_count: 2 }) : 'export';
    await new Promise<void>((resolve, reject) => {
      jsonExport(rows, { headers }, (error, csv) => {
        if (error) reject(error);
        else {
          downloadCSV(csv, filename);
          resolve();
        }
      });
    });
  };
};
