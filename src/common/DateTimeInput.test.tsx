import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, Form, memoryStore } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import frenchAppMessages from '../i18n/fr';
import { createI18nProvider } from '../i18n/i18nProvider';
import { LocaleDateTimeInput } from './DateTimeInput';

const local = (year: number, month: number, day: number, hours: number, minutes: number) =>
  new Date(year, month - 1, day, hours, minutes).toISOString();

const renderForm = (locale: 'en' | 'fr', record: Record<string, unknown> = {}) => {
  const onSubmit = vi.fn();
  render(
    <AdminContext i18nProvider={createI18nProvider(locale, frenchAppMessages)} store={memoryStore()}>
      <Form record={record} onSubmit={onSubmit}>
        <LocaleDateTimeInput source="expires_at" label="Expiry" />
      </Form>
    </AdminContext>,
  );
  const input = screen.getByRole('textbox', { name: 'Expiry' }) as HTMLInputElement;
  const submit = () => fireEvent.submit(input.form!);
  return { input, onSubmit, submit };
};

describe('LocaleDateTimeInput', () => {
  it('shows, reads and saves a French date and time (jj/mm/aaaa hh:mm)', async () => {
    const { input, onSubmit, submit } = renderForm('fr', { expires_at: local(2030, 8, 16, 22, 47) });
    expect(input.value).toBe('16/08/2030 22:47');
    expect(input.placeholder).toBe('jj/mm/aaaa hh:mm');
    fireEvent.change(input, { target: { value: '01/02/2031 09:30' } });
    submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ expires_at: local(2031, 2, 1, 9, 30) });
  });

  it('refuses a US date in French with the format to use, and saves nothing', async () => {
    const { input, onSubmit, submit } = renderForm('fr');
    fireEvent.change(input, { target: { value: '08/16/2030 22:47' } });
    submit();
    expect(await screen.findByText('Saisissez une date et une heure au format jj/mm/aaaa hh:mm')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('reads month first with AM/PM in English', async () => {
    const { input, onSubmit, submit } = renderForm('en');
    expect(input.placeholder).toBe('mm/dd/yyyy hh:mm AM/PM');
    fireEvent.change(input, { target: { value: '08/16/2030 10:47 PM' } });
    submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ expires_at: local(2030, 8, 16, 22, 47) });
  });

  it('saves no expiry when the field is left empty', async () => {
    const { input, onSubmit, submit } = renderForm('fr', { expires_at: local(2030, 8, 16, 22, 47) });
    fireEvent.change(input, { target: { value: '' } });
    submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ expires_at: null });
  });
});
