import CancelIcon from '@mui/icons-material/Cancel';
import SendIcon from '@mui/icons-material/Send';
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

/** Unpaid orders: they can be cancelled, and reminded (the reminders SQL skips paid and refunded ones). */
const UNPAID = ['PENDING', 'FAILED'];

/** Cancel an unpaid order (MANAGER, ADMIN) through cancel_order, which writes ORDER_CANCELLED. */
export const CancelOrderButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'orders', action: 'cancel', record });
  if (!record || !canAccess || !UNPAID.includes(String(record.status))) return null;
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


/**
 * E-mail a payment reminder now (MANAGER, ADMIN): the payment-reminders function's /send-now
 * route; it answers 409 when the order is paid, its link can no longer be paid, or a reminder
 * went out less than a minute ago, and the button notifies that message.
 */
export const SendReminderNowButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'payment_reminders', action: 'send' });
  if (!record || !canAccess || !UNPAID.includes(String(record.status))) return null;
  return (
    <ConfirmActionButton
      label={translate('app.reminders.send_now')}
      title={translate('app.reminders.send_now')}
      message={translate('app.reminders.send_now_confirm')}
      icon={<SendIcon />}
      successMessage="app.reminders.sent"
      action={() => dataProvider.sendPaymentReminder(String(record.id))}
    />
  );
};
