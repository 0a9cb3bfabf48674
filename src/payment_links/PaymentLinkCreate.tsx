import { AutocompleteInput, Create, ReferenceInput, SimpleForm, TextInput, useDataProvider, useNotify, type RaRecord } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { BackOfficeDataProvider } from '../providers/dataProvider';
import { LocaleDateTimeInput } from '../common/DateTimeInput';
import { futureDate, requiredField, validEmail } from '../common/validation';

const expiryValidators = [futureDate()];

/**
 * A payment link is created by the payment-links Edge Function (it stores the link with an
 * unguessable token and opens the checkout session), never by a plain insert.
 */
export const PaymentLinkCreate = () => {
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const notify = useNotify();
  const navigate = useNavigate();
  const save = async (values: Partial<RaRecord>) => {
    try {
      const link = await dataProvider.createPaymentLink({
        product_id: String(values.product_id),
        prospect_email: String(values.prospect_email).trim(),
        prospect_name: values.prospect_name ? String(values.prospect_name) : null,
        expires_at: values.expires_at ? new Date(String(values.expires_at)).toISOString() : null,
      });
      notify('app.payment_links.created', { type: 'info' });
      navigate(`/payment_links/${link.id}/show`, { state: { checkoutUrl: link.url } });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Create>
      <SimpleForm onSubmit={save}>
        <ReferenceInput source="product_id" reference="products" filter={{ active: true }}>
          <AutocompleteInput optionText="name" validate={requiredField} />
        </ReferenceInput>
        <TextInput source="prospect_email" type="email" validate={validEmail} />
        <TextInput source="prospect_name" />
        <LocaleDateTimeInput source="expires_at" validate={expiryValidators} />
      </SimpleForm>
    </Create>
  );
};
