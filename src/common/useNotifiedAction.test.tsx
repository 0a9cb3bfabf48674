import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, Notification, type DataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { createI18nProvider } from '../i18n/i18nProvider';
import { fakeDataProvider } from '../test/renderApp';
import { useNotifiedAction, type NotifiedActionOptions } from './useNotifiedAction';

/** A deferred promise: the test decides when the action finishes. */
const deferred = <T,>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

const ActionButton = ({ action, options }: { action: (id: string) => Promise<string>; options?: NotifiedActionOptions<string> }) => {
  const { run, pending } = useNotifiedAction(action, options);
  return (
    <button type="button" disabled={pending} onClick={() => run('order-1')}>
      Go
    </button>
  );
};

const renderButton = (action: (id: string) => Promise<string>, options?: NotifiedActionOptions<string>) =>
  render(
    <AdminContext dataProvider={fakeDataProvider() as unknown as DataProvider} i18nProvider={createI18nProvider('en')}>
      <ActionButton action={action} options={options} />
      <Notification />
    </AdminContext>,
  );

const button = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Go' });

describe('useNotifiedAction', () => {
  it('is pending while the action runs, then notifies the success and runs the follow-ups once', async () => {
    const result = deferred<string>();
    const action = vi.fn((_id: string) => result.promise);
    const onSuccess = vi.fn();
    const onSettled = vi.fn();
    renderButton(action, { successMessage: 'app.reminders.sent', onSuccess, onSettled });

    fireEvent.click(button());
    await waitFor(() => expect(button().disabled).toBe(true));
    expect(action).toHaveBeenCalledWith('order-1');
    expect(onSuccess).not.toHaveBeenCalled();

    result.resolve('done');
    expect(await screen.findByText('Reminder sent')).toBeTruthy();
    await waitFor(() => expect(button().disabled).toBe(false));
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith('done');
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it("notifies the error's message, skips onSuccess, still settles and re-enables the button", async () => {
    const onSuccess = vi.fn();
    const onSettled = vi.fn();
    renderButton(() => Promise.reject(new Error('You are not allowed to do this.')), {
      successMessage: 'app.reminders.sent',
      onSuccess,
      onSettled,
    });

    fireEvent.click(button());
    expect(await screen.findByText('You are not allowed to do this.')).toBeTruthy();
    await waitFor(() => expect(button().disabled).toBe(false));
    expect(screen.queryByText('Reminder sent')).toBeNull();
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it('notifies a generic server error when what was thrown has no message', async () => {
    renderButton(() => Promise.reject(new Error('')));
    fireEvent.click(button());
    expect(await screen.findByText('Server communication error')).toBeTruthy();
  });
});
