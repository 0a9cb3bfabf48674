import CancelIcon from '@mui/icons-material/Cancel';
import { useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ConfirmActionButton } from '../payments';
import type { BackOfficeDataProvider } from '../providers/dataProvider';
import { paymentLinkStatus } from './status';

/** Cancels an active link (own links for agents, any for managers; SQL re-checks). */
export const CancelPaymentLinkButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'payment_links', action: 'cancel', record });
  if (!record || !canAccess || paymentLinkStatus(record) !== 'active') return null;
  return (
    <ConfirmActionButton
      label={translate('app.payment_links.cancel')}
      title={translate('app.payment_links.cancel')}
      message={translate('app.payment_links.cancel_confirm')}
      icon={<CancelIcon />}
      successMessage="app.payment_links.cancelled"
      action={() => dataProvider.cancelPaymentLink(String(record.id))}
    />
  );
};
