import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useRefresh, useTranslate } from 'react-admin';
import { useNotifiedAction } from '../common/useNotifiedAction';
import { BlockedActionButton } from './BlockedActionButton';

/**
 * A button that asks for confirmation before running an irreversible payment action (cancel a
 * link, refund an order), then notifies the result and refreshes the view. With a
 * `disabledReason` it stays visible, disabled, and says why next to it (read out with it).
 */
export const ConfirmActionButton = ({
  label,
  title,
  message,
  icon,
  successMessage,
  action,
  disabledReason,
}: {
  label: string;
  title: string;
  message: string;
  icon?: ReactNode;
  successMessage: string;
  action: () => Promise<unknown>;
  /** Why the action cannot run on this record (translated), or nothing. */
  disabledReason?: string | null;
}) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const { run: confirm, pending } = useNotifiedAction(action, {
    successMessage,
    onSuccess: () => {
      setOpen(false);
      refresh();
    },
  });
  if (disabledReason) return <BlockedActionButton label={label} reason={disabledReason} icon={icon} color="error" />;
  return (
    <>
      <Button size="small" color="error" startIcon={icon} onClick={() => setOpen(true)} disabled={pending}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => !pending && setOpen(false)}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <DialogContentText>{message}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={pending}>
            {translate('ra.action.cancel', { _: 'Cancel' })}
          </Button>
          <Button color="error" variant="contained" onClick={() => confirm()} disabled={pending}>
            {translate('ra.action.confirm', { _: 'Confirm' })}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
