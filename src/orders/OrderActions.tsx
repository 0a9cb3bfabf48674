import CancelIcon from '@mui/icons-material/Cancel';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ConfirmActionButton } from '../payments';
import { cancelOrderBlocker, refundBlocker, reminderBlocker, type Blocker } from '../payments/actionBlockers';
import type { BackOfficeDataProvider } from '../providers/dataProvider';

/** A blocker in words, the order status in the user's language. */
const useBlockerText = () => {
  const translate = useTranslate();
  return (blocker: Blocker | null): string | null => {
    if (!blocker) return null;
    const status = blocker.values?.status;
    return translate(blocker.key, {
      ...blocker.values,
      ...(status ? { status: translate(`app.enums.order_status.${status}`, { _: status }) } : {}),
    });
  };
};

/** Refund a paid order (MANAGER, ADMIN): Stripe is asked; REFUNDED once it confirms. */
export const RefundOrderButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const blockerText = useBlockerText();
  const { canAccess } = useCanAccess({ resource: 'orders', action: 'refund', record });
  if (!record || !canAccess || record.status === 'CANCELLED') return null;
  return (
    <ConfirmActionButton
      disabledReason={blockerText(refundBlocker(record))}
      label={translate('app.orders.refund')}
      title={translate('app.orders.refund')}
      message={translate('app.orders.refund_confirm')}
      icon={<UndoIcon />}
      successMessage="app.orders.refunded"
      action={() => dataProvider.refundOrder(String(record.id))}
    />
  );
};

/** Cancel an unpaid order (MANAGER, ADMIN) through cancel_order, which writes ORDER_CANCELLED. */
export const CancelOrderButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const blockerText = useBlockerText();
  const { canAccess } = useCanAccess({ resource: 'orders', action: 'cancel', record });
  if (!record || !canAccess) return null;
  return (
    <ConfirmActionButton
      disabledReason={blockerText(cancelOrderBlocker(record))}
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
  const blockerText = useBlockerText();
  const { canAccess } = useCanAccess({ resource: 'payment_reminders', action: 'send' });
  if (!record || !canAccess) return null;
  return (
    <ConfirmActionButton
      disabledReason={blockerText(reminderBlocker(record))}
      label={translate('app.reminders.send_now')}
      title={translate('app.reminders.send_now')}
      message={translate('app.reminders.send_now_confirm')}
      icon={<SendIcon />}
      successMessage="app.reminders.sent"
      action={() => dataProvider.sendPaymentReminder(String(record.id))}
    />
  );
};
