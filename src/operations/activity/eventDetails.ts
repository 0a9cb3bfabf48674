/**
 * An event's payload as sentences a person reads ("Status changed from Pending to Paid."),
 * translated, instead of "old_status: PENDING · new_status: PAID".
 */
import { formatMinorUnits } from '../../common/money';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface EventForDetails {
  event_type: string;
  entity_type?: string;
  payload?: Record<string, unknown> | null;
}

/** Which enum a status of this event belongs to: orders and dossiers share codes (PENDING, CANCELLED). */
const statusEnum = (event: EventForDetails) =>
  event.entity_type === 'order' || /^(PAYMENT|ORDER)_/.test(event.event_type) ? 'order_status' : 'dossier_status_code';

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : null);

export function eventDetails(event: EventForDetails, translate: Translate, locale: string): string[] {
  const payload = event.payload ?? {};
  const enumLabel = (enumName: string, code: string) => translate(`app.enums.${enumName}.${code}`, { _: code });
  const status = (code: string) => enumLabel(statusEnum(event), code);
  const sentences: string[] = [];
  const oldStatus = text(payload.old_status);
  const newStatus = text(payload.new_status);
  if (oldStatus && newStatus) {
    sentences.push(translate('app.event_details.status_changed', { from: status(oldStatus), to: status(newStatus) }));
  } else if (newStatus ?? text(payload.status)) {
    sentences.push(translate('app.event_details.status', { status: status((newStatus ?? text(payload.status))!) }));
  }
  const decision = text(payload.decision);
  if (decision) sentences.push(translate('app.event_details.decision', { decision: enumLabel('document_status', decision) }));
  const fileName = text(payload.file_name);
  if (fileName) {
    const version = text(payload.version_number);
    sentences.push(
      version
        ? translate('app.event_details.file_version', { file: fileName, version })
        : translate('app.event_details.file', { file: fileName }),
    );
  }
  const amount = payload.amount;
  if (typeof amount === 'number' && text(payload.currency)) {
    sentences.push(translate('app.event_details.amount', { amount: formatMinorUnits(amount, String(payload.currency), locale) }));
  }
  const notes = text(payload.notes);
  if (notes && notes.trim()) sentences.push(translate('app.event_details.notes', { notes: notes.trim() }));
  return sentences;
}
