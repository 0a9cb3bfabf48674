import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import englishAppMessages from '../../i18n/en';
import frenchAppMessages from '../../i18n/fr';
import { eventDetails } from './eventDetails';

const translator = (locale: 'en' | 'fr') => {
  const provider = polyglotI18nProvider(() => (locale === 'fr' ? frenchAppMessages : englishAppMessages), locale);
  return (key: string, options?: Record<string, unknown>) => provider.translate(key, options);
};

const paid = {
  event_type: 'PAYMENT_RECEIVED',
  entity_type: 'order',
  payload: { old_status: 'PENDING', new_status: 'PAID', amount: 99900, currency: 'usd', order_id: 'o1' },
};

describe('event details as sentences', () => {
  it('says an order status change and its amount in English', () => {
    expect(eventDetails(paid, translator('en'), 'en')).toEqual(['Status changed from Pending to Paid.', 'Amount: $999.00.']);
  });

  it('says the same in French, with French status labels and amount', () => {
    expect(eventDetails(paid, translator('fr'), 'fr')).toEqual(['Statut passé de En attente à Payée.', 'Montant : 999,00\u00a0$US.']);
  });

  it('uses the dossier status labels for a dossier event', () => {
    const event = {
      event_type: 'DOSSIER_STATUS_CHANGED',
      entity_type: 'dossier',
      payload: { old_status: 'QUALIFICATION', new_status: 'IN_PROGRESS' },
    };
    expect(eventDetails(event, translator('en'), 'en')).toEqual(['Status changed from Qualification to In progress.']);
  });

  it('describes a review and an upload', () => {
    const review = { event_type: 'DOCUMENT_REVIEWED', payload: { decision: 'REJECTED', notes: ' blurry scan ' } };
    expect(eventDetails(review, translator('fr'), 'fr')).toEqual(['Décision de la revue : Refusé.', 'Note : « blurry scan »']);
    const upload = { event_type: 'DOCUMENT_UPLOADED', payload: { file_name: 'passport.pdf', version_number: 2 } };
    expect(eventDetails(upload, translator('en'), 'en')).toEqual(['File passport.pdf, version 2.']);
  });

  it('never prints a payload key or a raw code', () => {
    const all = [paid, { event_type: 'DOSSIER_CREATED', entity_type: 'dossier', payload: { status: 'QUALIFICATION' } }]
      .flatMap((event) => eventDetails(event, translator('fr'), 'fr'))
      .join(' ');
    expect(all).not.toMatch(/old_status|new_status|PENDING|PAID|QUALIFICATION|_/);
  });
});
