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
  /**
   * Read `source` on the records of another relation instead of the exported ones (a document
   * version's document type: version -> document -> document type). Its related records are then
   * keyed `${via}.${source}`; the `via` relation must come first in the list.
   */
  via?: string;
}

/** The key of a relation's related records: its source, or `via.source` for a second hop. */
export const relationKey = ({ source, via }: ExportRelation) => (via ? `${via}.${source}` : source);

/** The related record a column points at, if it was fetched. */
export const relatedRecord = (related: RelatedRecords, source: string, record: RaRecord | undefined): RaRecord | undefined => {
  const id = record?.[source];
  return id == null ? undefined : related[source]?.[String(id)];
};

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

/** A record's name (its name / label / e-mail, or the given fields first), '' when there is none. */
export const recordName = (target: RaRecord | undefined, ...fields: string[]): string => {
  if (!target) return '';
  for (const field of [...fields, 'full_name', 'name', 'label', 'email']) {
    if (typeof target[field] === 'string' && target[field]) return target[field] as string;
  }
  return '';
};

/** The name of a related record (its name / label / e-mail), '' when there is none. */
export const relatedName = (related: RelatedRecords, source: string, record: RaRecord, ...fields: string[]): string =>
  recordName(relatedRecord(related, source, record), ...fields);

/** The record a second-hop relation reached (`via` then `source`, see ExportRelation.via). */
export const secondHopRecord = (related: RelatedRecords, via: string, source: string, record: RaRecord): RaRecord | undefined => {
  const id = relatedRecord(related, via, record)?.[source];
  return id == null ? undefined : related[`${via}.${source}`]?.[String(id)];
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

/** react-admin's fetchRelatedRecords, as the exports call it. */
export type FetchRelated = (records: RaRecord[], source: string, reference: string) => Promise<Record<string, RaRecord>>;

/** Fetches the related records the columns name, by source column (direct ones at once, second hops after). */
export const fetchRelations = async (
  records: RaRecord[],
  relations: readonly ExportRelation[],
  fetchRelatedRecords: FetchRelated,
): Promise<RelatedRecords> => {
  const fetchAll = async (list: readonly ExportRelation[], related: RelatedRecords) =>
    Promise.all(
      list.map(async (relation) => {
        const from = relation.via ? Object.values(related[relation.via] ?? {}) : records;
        const fetched = from.length > 0 ? await fetchRelatedRecords(from, relation.source, relation.reference) : {};
        return [relationKey(relation), fetched] as const;
      }),
    );
  const direct = Object.fromEntries(
    await fetchAll(
      relations.filter((r) => !r.via),
      {},
    ),
  ) as RelatedRecords;
  const hops = Object.fromEntries(
    await fetchAll(
      relations.filter((r) => r.via),
      direct,
    ),
  ) as RelatedRecords;
  return { ...direct, ...hops };
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
