import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import englishAppMessages from './en';
import frenchAppMessages from './fr';
import { pageTitle } from './pageTitle';

const translator = (locale: 'en' | 'fr') => {
  const provider = polyglotI18nProvider(() => (locale === 'fr' ? frenchAppMessages : englishAppMessages), locale);
  return (key: string, options?: Record<string, unknown>) => provider.translate(key, options);
};
const context = { resources: ['orders', 'dossiers'], customPages: [{ path: '/review-queue', labelKey: 'ops.menu.review_queue' }] };

describe('page titles', () => {
  it('names each kind of screen in English', () => {
    const t = translator('en');
    expect(pageTitle('/', t, context)).toBe('Dashboard · Partners back-office');
    expect(pageTitle('/orders', t, context)).toBe('Orders · Partners back-office');
    expect(pageTitle('/orders/create', t, context)).toBe('Create Order · Partners back-office');
    expect(pageTitle('/orders/7f3c/show', t, context)).toBe('Order · Partners back-office');
    expect(pageTitle('/dossiers/7f3c', t, context)).toBe('Dossier · Partners back-office');
    expect(pageTitle('/review-queue', t, context)).toBe('Review queue · Partners back-office');
  });

  it('translates them in French', () => {
    const t = translator('fr');
    expect(pageTitle('/orders', t, context)).toBe('Commandes · Back-office Partners');
    expect(pageTitle('/orders/create', t, context)).toBe('Créer Commande · Back-office Partners');
    expect(pageTitle('/review-queue', t, context)).toBe('File de revue · Back-office Partners');
  });

  it('falls back to the app name on an unknown path', () => {
    expect(pageTitle('/nowhere', translator('en'), context)).toBe('Partners back-office');
  });

  it('names a screen the catalog knows even without its resource registered for the role (/agents)', () => {
    expect(pageTitle('/agents', translator('fr'), context)).toBe('Agents · Back-office Partners');
  });
});
