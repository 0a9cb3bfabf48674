import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import CancelIcon from '@mui/icons-material/Cancel';
import { Button } from '@mui/material';
import { useState } from 'react';
import {
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useLocation } from 'react-router-dom';
import type { BackOfficeDataProvider } from '../providers/dataProvider';
import { paymentLinkStatus } from './status';

/**
 * Copies the checkout URL of an active link. The URL (a checkout session) is known right after
 * creation: the create page hands it over in the navigation state.
 */
export const CopyCheckoutUrlButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const location = useLocation();
  const url = (location.state as { checkoutUrl?: string } | null)?.checkoutUrl;
  if (!record || !url || paymentLinkStatus(record) !== 'active') return null;
  return (
    <Button
      size="small"
      startIcon={<ContentCopyIcon />}
      data-testid="copy-checkout-url"
      data-url={url}
      onClick={async () => {
        await navigator.clipboard?.writeText(url);
        notify('app.payment_links.copied', { type: 'info' });
      }}
    >
      {translate('app.payment_links.copy_url')}
    </Button>
  );
};

/** Cancels an active link (own links for agents, any for managers; the function re-checks). */
export const CancelPaymentLinkButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'payment_links', action: 'cancel', record });
  const [pending, setPending] = useState(false);
  if (!record || !canAccess || paymentLinkStatus(record) !== 'active') return null;
  return (
    <Button
      size="small"
      color="error"
      startIcon={<CancelIcon />}
      disabled={pending}
      onClick={async () => {
        setPending(true);
        try {
          await dataProvider.cancelPaymentLink(String(record.id));
          notify('app.payment_links.cancelled', { type: 'info' });
          refresh();
        } catch (error) {
          notify((error as Error).message, { type: 'error' });
        } finally {
          setPending(false);
        }
      }}
    >
      {translate('app.payment_links.cancel')}
    </Button>
  );
};
