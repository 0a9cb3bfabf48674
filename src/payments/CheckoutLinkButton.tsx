import QrCodeIcon from '@mui/icons-material/QrCode2';
import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { BackOfficeDataProvider } from '../providers/dataProvider';
import { checkoutLinkBlocker } from './actionBlockers';
import { BlockedActionButton } from './BlockedActionButton';
import { CheckoutLinkPanel } from './CheckoutLinkPanel';

interface CheckoutUrl {
  url: string;
  stripe_checkout_session_id: string;
}

/**
 * On a payment link: asks the payment-links function for a URL where the link can be paid now
 * (a fresh Checkout Session when the previous one expired) and shows it with its QR code. On a
 * link past its expiry it stays visible, disabled, with the reason (the function refuses it too).
 */
export const CheckoutLinkButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<{ url?: string; error?: string; loading: boolean }>({ loading: false });
  if (!record || record.used_at || record.cancelled_at) return null;
  const label = translate('app.payments.show_checkout_link', { _: 'Checkout link' });
  const blocker = checkoutLinkBlocker(record);
  if (blocker) return <BlockedActionButton label={label} reason={translate(blocker.key)} icon={<QrCodeIcon />} />;

  const show = async () => {
    setOpen(true);
    setState({ loading: true });
    try {
      const answer = await dataProvider.invokeFunction<CheckoutUrl>(`payment-links/${encodeURIComponent(String(record.id))}/checkout`, {});
      setState({ loading: false, url: answer.url });
    } catch (error) {
      setState({ loading: false, error: (error as Error).message });
    }
  };

  return (
    <>
      <Button size="small" startIcon={<QrCodeIcon />} onClick={show} data-testid="show-checkout-link">
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{label}</DialogTitle>
        <DialogContent>
          {state.loading && <CircularProgress aria-label={translate('ra.page.loading')} />}
          {state.error && <Alert severity="error">{state.error}</Alert>}
          {state.url && <CheckoutLinkPanel url={state.url} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.close', { _: 'Close' })}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
