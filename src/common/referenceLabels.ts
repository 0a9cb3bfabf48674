import type { RaRecord } from 'react-admin';
import { shortId } from './shortId';

/**
 * Record labels built from the to-one embeds the data provider adds to list and reference reads
 * (src/providers/listEmbeds.ts); where a row was read without them (a detail page's own record),
 * the short id stands in.
 */
const embedded = (record: RaRecord, alias: string, column: string): string | undefined => {
  const value = (record[alias] as Record<string, unknown> | null | undefined)?.[column];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** "Chloe Customer · VISA" (a dossier: its customer and type). */
export const dossierLabel = (record: RaRecord) => {
  const customer = embedded(record, 'customer', 'full_name');
  const type = String(record.type ?? '');
  return customer ? `${customer} · ${type}` : `${type} #${shortId(record.id)}`;
};

/** "Chloe Customer #1a2b3c4d" (an order: its customer and short id, orders of one customer differ by it). */
export const orderLabel = (record: RaRecord) => {
  const customer = embedded(record, 'customer', 'full_name');
  return customer ? `${customer} #${shortId(record.id)}` : `#${shortId(record.id)}`;
};

/** "Identity check" (a step instance: the step's name). */
export const stepInstanceLabel = (record: RaRecord) =>
  embedded(record, 'step', 'label') ?? `${String(record.status ?? '')} #${shortId(record.id)}`;
