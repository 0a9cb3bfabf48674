import {
  Datagrid,
  Labeled,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { ResourceNameLabel } from '../common/ResourceNameLabel';
import { DossierTimeline } from '../operations';
import { CancelOrderButton, RefundOrderButton, SendReminderNowButton } from './OrderActions';

/** The timeline of the dossier the order opened (the selling agent reads it too, product.md §2). */
const OrderDossierTimeline = () => {
  const record = useRecordContext();
  if (!record?.dossier_id) return null;
  return (
    <Labeled label="app.dossier_detail.order_dossier_timeline" fullWidth>
      <DossierTimeline dossierId={String(record.dossier_id)} />
    </Labeled>
  );
};

export const OrderShow = () => (
  <Show
    actions={
      <TopToolbar>
        <SendReminderNowButton />
        <CancelOrderButton />
        <RefundOrderButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <EnumField source="status" enumName="order_status" />
      <Labeled source="amount">
        <MoneyField source="amount" />
      </Labeled>
      <ReferenceField source="user_id" reference="profiles" />
      <ReferenceField source="product_id" reference="products" />
      <ReferenceField source="payment_link_id" reference="payment_links" emptyText="-" />
      <ReferenceField source="dossier_id" reference="dossiers" emptyText="-" />
      <DateField source="created_at" showTime />
      <DateField source="paid_at" showTime emptyText="-" />
      <TextField source="stripe_checkout_session_id" emptyText="-" />
      <TextField source="stripe_payment_intent_id" emptyText="-" />
      <TextField source="stripe_customer_id" emptyText="-" />
      <ReferenceManyField
        label={<ResourceNameLabel resource="payment_reminders" />}
        reference="payment_reminders"
        target="order_id"
        sort={{ field: 'sent_at', order: 'DESC' }}
      >
        <Datagrid bulkActionButtons={false} rowClick="show" empty={<span>-</span>}>
          <DateField source="sent_at" showTime />
          <EnumField source="sent_via" enumName="notification_channel" />
          <DateField source="clicked_at" showTime emptyText="-" />
        </Datagrid>
      </ReferenceManyField>
      <ReferenceManyField label="app.timeline" reference="events" target="entity_id" sort={{ field: 'created_at', order: 'DESC' }}>
        <Datagrid bulkActionButtons={false} empty={<span>-</span>}>
          <DateField source="created_at" showTime label="resources.orders.fields.created_at" />
          <EnumField source="event_type" enumName="event_type" label="app.event" />
        </Datagrid>
      </ReferenceManyField>
      <OrderDossierTimeline />
    </SimpleShowLayout>
  </Show>
);
