import { useMutation } from '@tanstack/react-query';
import { useNotify } from 'react-admin';

export interface NotifiedActionOptions<TResult> {
  /** Translation key (or text) notified as `info` when the action succeeds. */
  successMessage?: string;
  /** Runs after a success, after the notification (close a dialog, refresh the view, reset a form). */
  onSuccess?: (result: TResult) => void;
  /** Runs after a success or a failure (reload what the action may have changed either way). */
  onSettled?: () => void;
}

export interface NotifiedAction<TArgs extends unknown[]> {
  /** Starts the action; never rejects (a failure is notified). Safe as an onClick / onSubmit handler. */
  run: (...args: TArgs) => void;
  /** True while the action runs: disable the buttons that would start it again. */
  pending: boolean;
}

/** The message of what an action threw, as the user should read it. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : 'ra.notification.http_error';

/**
 * One user action against the back end with the house behaviour: pending while it runs, the success
 * notified (`info`), the error's message notified (`error`), then the caller's follow-up. Built on
 * react-query's useMutation with react-admin's QueryClient (the one <Admin> provides).
 */
export function useNotifiedAction<TArgs extends unknown[], TResult>(
  action: (...args: TArgs) => Promise<TResult>,
  options: NotifiedActionOptions<TResult> = {},
): NotifiedAction<TArgs> {
  const notify = useNotify();
  const mutation = useMutation<TResult, unknown, TArgs>({
    mutationFn: (args) => action(...args),
    onSuccess: (result) => {
      if (options.successMessage) notify(options.successMessage, { type: 'info' });
      options.onSuccess?.(result);
    },
    onError: (error) => notify(errorMessage(error), { type: 'error' }),
    onSettled: () => options.onSettled?.(),
  });
  return { run: (...args: TArgs) => mutation.mutate(args), pending: mutation.isPending };
}
