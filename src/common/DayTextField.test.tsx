import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { AdminContext, memoryStore } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import frenchAppMessages from '../i18n/fr';
import { createI18nProvider } from '../i18n/i18nProvider';
import { DayTextField } from './DayTextField';

const renderDay = (locale: 'en' | 'fr', initial: string, onDay = vi.fn()) => {
  const Controlled = () => {
    const [value, setValue] = useState(initial);
    return (
      <DayTextField
        label="Day"
        value={value}
        onChange={(day) => {
          setValue(day);
          onDay(day);
        }}
      />
    );
  };
  render(
    <AdminContext i18nProvider={createI18nProvider(locale, frenchAppMessages)} store={memoryStore()}>
      <Controlled />
    </AdminContext>,
  );
  return { input: screen.getByRole('textbox', { name: 'Day' }) as HTMLInputElement, onDay };
};

describe('DayTextField', () => {
  it('shows and reads a day day-first in French, with a French placeholder', () => {
    const { input, onDay } = renderDay('fr', '2026-08-16');
    expect(input.value).toBe('16/08/2026');
    expect(input.placeholder).toBe('jj/mm/aaaa');
    fireEvent.change(input, { target: { value: '01/02/2026' } });
    expect(onDay).toHaveBeenLastCalledWith('2026-02-01');
  });

  it('reads month-first in English', () => {
    const { input, onDay } = renderDay('en', '');
    expect(input.placeholder).toBe('mm/dd/yyyy');
    fireEvent.change(input, { target: { value: '01/02/2026' } });
    expect(onDay).toHaveBeenLastCalledWith('2026-01-02');
  });

  it('keeps a half-typed day, gives no value for it and says the format after leaving the field', () => {
    const { input, onDay } = renderDay('fr', '2026-08-16');
    fireEvent.change(input, { target: { value: '31/02/2026' } });
    expect(onDay).toHaveBeenLastCalledWith('');
    expect(input.value).toBe('31/02/2026');
    fireEvent.blur(input);
    expect(screen.getByText('Saisissez une date au format jj/mm/aaaa')).toBeTruthy();
  });
});
