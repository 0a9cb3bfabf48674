import { EmailField, Labeled, ReferenceField, TextField, TopToolbar } from 'react-admin';
import { DateField } from '../common/DateField';
import { SimpleShow } from '../common/SimpleShow';
import { CheckoutLinkButton } from '../payments';
import { CancelPaymentLinkButton, CopyCheckoutUrlButton } from './PaymentLinkActions';
import { PaymentLinkStatusField } from './PaymentLinkStatusField';

export const PaymentLinkShow = () => (
  <SimpleShow
    actions={
      <TopToolbar>
        <CopyCheckoutUrlButton />
        <CheckoutLinkButton />
        <CancelPaymentLinkButton />
      </TopToolbar>
    }
  >
    <Labeled label="resources.payment_links.fields.status">
      <PaymentLinkStatusField />
    </Labeled>
    <ReferenceField source="product_id" reference="products" />
    <EmailField source="prospect_email" />
    <TextField source="prospect_name" emptyText="-" />
    <ReferenceField source="created_by" reference="agent_directory" emptyText="-" />
    <DateField source="created_at" showTime />
    <DateField source="expires_at" showTime emptyText="-" />
    <DateField source="used_at" showTime emptyText="-" />
    <ReferenceField source="used_by" reference="profiles" emptyText="-" />
    <DateField source="cancelled_at" showTime emptyText="-" />
    <TextField source="stripe_checkout_session_id" emptyText="-" />
  </SimpleShow>
);
