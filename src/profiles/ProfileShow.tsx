import { EmailField, ReferenceField, ReferenceManyField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EditableShow } from '../common/EditableShow';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { RelatedDatagrid } from '../common/RelatedDatagrid';
import { ResourceNameLabel } from '../common/ResourceNameLabel';

export const ProfileShow = () => (
  <EditableShow>
    <TextField source="full_name" emptyText="-" />
    <EmailField source="email" emptyText="-" />
    <TextField source="phone" emptyText="-" />
    <EnumField source="status" enumName="user_status" />
    <TextField source="stripe_customer_id" emptyText="-" />
    <DateField source="created_at" showTime />
    <ReferenceManyField
      label={<ResourceNameLabel resource="dossiers" />}
      reference="dossiers"
      target="user_id"
      sort={{ field: 'created_at', order: 'DESC' }}
    >
      <RelatedDatagrid>
        <DateField source="created_at" />
        <ReferenceField source="product_id" reference="products" emptyText="-" />
        <EnumField source="status" enumName="dossier_status_code" />
      </RelatedDatagrid>
    </ReferenceManyField>
    <ReferenceManyField
      label={<ResourceNameLabel resource="orders" />}
      reference="orders"
      target="user_id"
      sort={{ field: 'created_at', order: 'DESC' }}
    >
      <RelatedDatagrid>
        <DateField source="created_at" />
        <ReferenceField source="product_id" reference="products" />
        <MoneyField source="amount" />
        <EnumField source="status" enumName="order_status" />
      </RelatedDatagrid>
    </ReferenceManyField>
  </EditableShow>
);
