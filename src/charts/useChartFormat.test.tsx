import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AdminContext, memoryStore } from 'react-admin';
import { describe, expect, it } from 'vitest';
import frenchAppMessages from '../i18n/fr';
import { createI18nProvider } from '../i18n/i18nProvider';
import { useChartFormat } from './useChartFormat';

const formatIn = (locale: 'en' | 'fr') => {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AdminContext i18nProvider={createI18nProvider(locale, frenchAppMessages)} store={memoryStore()}>
      {children}
    </AdminContext>
  );
  return renderHook(() => useChartFormat(), { wrapper }).result.current;
};

describe('chart axes and tooltips in the app locale', () => {
  it('writes French day and month ticks, numbers and amounts', () => {
    const f = formatIn('fr');
    expect(f.bucket('day')('2026-06-01T00:00:00Z')).toBe('1 juin');
    expect(f.bucket('month')('2026-06-01T00:00:00Z')).toBe('juin 2026');
    expect(f.number(12345.5)).toBe('12\u202f345,5');
    expect(f.money(999, 'USD')).toBe('999,00\u00a0$US');
  });

  it('writes English ones', () => {
    const f = formatIn('en');
    expect(f.bucket('day')('2026-06-01T00:00:00Z')).toBe('Jun 1');
    expect(f.number(12345.5)).toBe('12,345.5');
    expect(f.money(999, 'USD')).toBe('$999.00');
  });
});
