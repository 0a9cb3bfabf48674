import { Create, SimpleForm } from 'react-admin';
import { ProductInputs } from './ProductInputs';

/** After creation the product opens in edit mode, where its workflow is built. */
export const ProductCreate = () => (
  <Create redirect="edit">
    <SimpleForm defaultValues={{ currency: 'USD', active: true, initial_status: 'QUALIFICATION', price_amount: 0 }}>
      <ProductInputs />
    </SimpleForm>
  </Create>
);
