import CancelIcon from '@mui/icons-material/Cancel';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Button } from '@mui/material';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { ConfirmActionButton } from '../payments';
import type { BackOfficeDataProvider } from '../providers/dataProvider';
import { cancelLinkBlocker } from '../payments/actionBlockers';
import { paymentLinkStatus } from './status';

/** Cancels an active link (own links for agents, any for managers; SQL re-checks). */
export const CancelPaymentLinkButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'payment_links', action: 'cancel', record });
  if (!record || !canAccess || paymentLinkStatus(record) === 'cancelled') return null;
  const blocker = cancelLinkBlocker(record);
  return (
    <ConfirmActionButton
      disabledReason={blocker ? translate(blocker.key) : null}
      label={translate('app.payment_links.cancel')}
      title={translate('app.payment_links.cancel')}
      message={translate('app.payment_links.cancel_confirm')}
      icon={<CancelIcon />}
      successMessage="app.payment_links.cancelled"
      action={() => dataProvider.cancelPaymentLink(String(record.id))}
    />
  );
};

/**
 * Right after creation: copies the checkout URL the payment-links function returned (handed
 * over by the create page in the navigation state). Later visits use CheckoutLinkButton.
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
