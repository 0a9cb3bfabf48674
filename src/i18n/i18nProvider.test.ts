import { describe, expect, it } from 'vitest';
import { createI18nProvider, loadI18nProvider } from './i18nProvider';

describe('i18n provider (French fetched on demand)', () => {
  it('starts in English with no French loaded, and switches to French when chosen', async () => {
    const provider = createI18nProvider('en');
    expect(provider.translate('ra.action.save')).toBe('Save');
    await provider.changeLocale('fr');
    expect(provider.getLocale()).toBe('fr');
    expect(provider.translate('ra.action.save')).toBe('Enregistrer');
  });

  it('starts in French once the catalog is fetched', async () => {
    const provider = await loadI18nProvider('fr');
    expect(provider.getLocale()).toBe('fr');
    expect(provider.translate('ra.action.save')).toBe('Enregistrer');
  });

  it('refuses to start in French without the catalog, saying how', () => {
    expect(() => createI18nProvider('fr')).toThrow(/loadI18nProvider/);
  });

  it('says a capped list has more than its cap, in both languages (src/providers/listCounts.ts)', async () => {
    const provider = createI18nProvider('en');
    const range = { offsetBegin: 1, offsetEnd: 25 };
    expect(provider.translate('ra.navigation.partial_page_range_info', range)).toBe('1-25 of more than 500');
    await provider.changeLocale('fr');
    expect(provider.translate('ra.navigation.partial_page_range_info', range)).toBe('1-25 sur plus de 500');
  });
});
