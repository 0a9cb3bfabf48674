import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, type DataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../i18n/i18nProvider';
import { fakeDataProvider } from '../test/renderApp';
import { validateMessageBody } from './messageBody';
import { MessageReplyForm } from './MessageReplyForm';

const renderForm = (dataProvider = fakeDataProvider()) => {
  render(
    <AdminContext dataProvider={dataProvider as unknown as DataProvider} i18nProvider={createI18nProvider('en')}>
      <MessageReplyForm dossierId="dossier-1" />
    </AdminContext>,
  );
  return dataProvider;
};

const typeReply = (text: string) => fireEvent.change(screen.getByLabelText('Your reply'), { target: { value: text } });

describe('validateMessageBody', () => {
  it('refuses empty, blank and too long bodies', () => {
    expect(validateMessageBody(undefined)).toBe('app.dossier_detail.body_required');
    expect(validateMessageBody('  \n ')).toBe('app.dossier_detail.body_required');
    expect(validateMessageBody('x'.repeat(5001))).toBe('app.dossier_detail.body_too_long');
    expect(validateMessageBody(' Hello ')).toBeUndefined();
  });
});

describe('MessageReplyForm', () => {
  it('refuses an empty message with a clear message and sends nothing', async () => {
    const dataProvider = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Write a message before sending')).toBeTruthy();
    typeReply('   ');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Write a message before sending')).toBeTruthy();
    expect(dataProvider.create).not.toHaveBeenCalled();
  });

  it('inserts the trimmed body for the dossier (the database stamps the sender) and clears the form', async () => {
    const dataProvider = renderForm();
    typeReply('  We received your documents.  ');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(dataProvider.create).toHaveBeenCalledTimes(1));
    expect(dataProvider.create).toHaveBeenCalledWith('messages', {
      data: { dossier_id: 'dossier-1', body: 'We received your documents.' },
    });
    await waitFor(() => expect((screen.getByLabelText('Your reply') as HTMLTextAreaElement).value).toBe(''));
  });

  it('keeps the text when the server refuses it', async () => {
    const dataProvider = renderForm(
      fakeDataProvider({ create: vi.fn(async () => Promise.reject(new Error('You are not allowed to do this.'))) }),
    );
    typeReply('Hello');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(dataProvider.create).toHaveBeenCalledTimes(1));
    expect((screen.getByLabelText('Your reply') as HTMLTextAreaElement).value).toBe('Hello');
  });
});
