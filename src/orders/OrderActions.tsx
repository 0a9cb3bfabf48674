import CancelIcon from '@mui/icons-material/Cancel';
import UndoIcon from '@mui/icons-material/Undo';
import { useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ConfirmActionButton } from '../payments';
import type { BackOfficeDataProvider } from '../providers/dataProvider';

/** Refund a paid order (MANAGER, ADMIN): Stripe is asked; REFUNDED once it confirms. */
export const RefundOrderButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'orders', action: 'refund', record });
  if (!record || !canAccess || record.status !== 'PAID') return null;
  return (
    <ConfirmActionButton
      label={translate('app.orders.refund')}
      title={translate('app.orders.refund')}
      message={translate('app.orders.refund_confirm')}
      icon={<UndoIcon />}
      successMessage="app.orders.refunded"
      action={() => dataProvider.refundOrder(String(record.id))}
    />
  );
};

/** Cancel an unpaid order (MANAGER, ADMIN; the database allows PENDING -> CANCELLED only). */
export const CancelOrderButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'orders', action: 'cancel', record });
  if (!record || !canAccess || record.status !== 'PENDING') return null;
  return (
    <ConfirmActionButton
      label={translate('app.orders.cancel')}
      title={translate('app.orders.cancel')}
      message={translate('app.orders.cancel_confirm')}
      icon={<CancelIcon />}
      successMessage="app.orders.cancelled"
      action={() => dataProvider.cancelOrder(String(record.id))}
    />
  );
};
