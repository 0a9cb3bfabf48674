import SendIcon from '@mui/icons-material/Send';
import { Button } from '@mui/material';
import { ReferenceField, TopToolbar, useCanAccess, useDataProvider, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { DateField } from '../common/DateField';
import { useNotifiedAction } from '../common/useNotifiedAction';
import { EnumField } from '../common/EnumField';
import { SimpleShow } from '../common/SimpleShow';
import type { BackOfficeDataProvider } from '../providers/dataProvider';

/** Sends another reminder for the same order now (managers; the function re-checks cadence). */
const SendReminderNowButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'payment_reminders', action: 'send' });
  const { run: send, pending } = useNotifiedAction((orderId: string) => dataProvider.sendPaymentReminder(orderId), {
    successMessage: 'app.reminders.sent',
    onSuccess: refresh,
  });
  if (!record || !canAccess) return null;
  return (
    <Button size="small" startIcon={<SendIcon />} disabled={pending} onClick={() => send(String(record.order_id))}>
      {translate('app.reminders.send_now')}
    </Button>
  );
};

export const PaymentReminderShow = () => (
  <SimpleShow
    actions={
      <TopToolbar>
        <SendReminderNowButton />
      </TopToolbar>
    }
  >
    <ReferenceField source="user_id" reference="profiles" />
    <ReferenceField source="order_id" reference="orders" />
    <EnumField source="sent_via" enumName="notification_channel" />
    <DateField source="sent_at" showTime />
    <DateField source="clicked_at" showTime emptyText="-" />
  </SimpleShow>
);
