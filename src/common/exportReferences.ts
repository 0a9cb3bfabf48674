/**
 * How an export names the records people refer to by what they are about (not by their id):
 * a dossier by its customer and type, a step instance by its step, a document by its type.
 */
import type { RaRecord } from 'react-admin';
import { relatedRecord, type ExportFormat, type RelatedRecords } from './csvExport';

const embeddedText = (record: RaRecord | undefined, alias: string, column: string): string => {
  const value = (record?.[alias] as Record<string, unknown> | null | undefined)?.[column];
  return typeof value === 'string' ? value : '';
};

/** "Chloe Customer · US LLC": a dossier read with its customer embed (src/providers/listEmbeds.ts). */
export const dossierName = (dossier: RaRecord | undefined, format: ExportFormat): string => {
  if (!dossier) return '';
  const type = format.enumLabel('dossier_type', dossier.type);
  const customer = embeddedText(dossier, 'customer', 'full_name');
  return [customer, type].filter(Boolean).join(' · ');
};

/** The dossier a record's `source` column points at, named. */
export const relatedDossierName = (related: RelatedRecords, source: string, record: RaRecord, format: ExportFormat) =>
  dossierName(relatedRecord(related, source, record), format);

/** "Identity check": a step instance read with its step embed. */
export const stepInstanceName = (stepInstance: RaRecord | undefined): string => embeddedText(stepInstance, 'step', 'label');
