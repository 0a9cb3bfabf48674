import {
  Datagrid,
  EditButton,
  EmailField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';

export const ProfileShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="full_name" emptyText="-" />
      <EmailField source="email" emptyText="-" />
      <TextField source="phone" emptyText="-" />
      <EnumField source="status" enumName="user_status" />
      <TextField source="stripe_customer_id" emptyText="-" />
      <DateField source="created_at" showTime />
      <ReferenceManyField label="resources.dossiers.name" reference="dossiers" target="user_id" sort={{ field: 'created_at', order: 'DESC' }}>
        <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>-</span>}>
          <DateField source="created_at" />
          <ReferenceField source="product_id" reference="products" emptyText="-" />
          <EnumField source="status" enumName="dossier_status_code" />
        </Datagrid>
      </ReferenceManyField>
      <ReferenceManyField label="resources.orders.name" reference="orders" target="user_id" sort={{ field: 'created_at', order: 'DESC' }}>
        <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>-</span>}>
          <DateField source="created_at" />
          <ReferenceField source="product_id" reference="products" />
          <MoneyField source="amount" />
          <EnumField source="status" enumName="order_status" />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
