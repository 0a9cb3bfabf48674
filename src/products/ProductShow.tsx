import { Divider } from '@mui/material';
import { BooleanField, Labeled, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EditableShow } from '../common/EditableShow';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { ProductWorkflow } from './ProductWorkflow';

export const ProductShow = () => (
  <EditableShow>
    <TextField source="code" />
    <TextField source="name" />
    <TextField source="description" emptyText="-" />
    <EnumField source="dossier_type" enumName="dossier_type" />
    <EnumField source="initial_status" enumName="dossier_status_code" />
    <Labeled source="price_amount">
      <MoneyField source="price_amount" />
    </Labeled>
    <TextField source="stripe_product_id" emptyText="-" />
    <TextField source="stripe_price_id" emptyText="-" />
    <BooleanField source="active" />
    <DateField source="updated_at" showTime />
    <Divider />
    <ProductWorkflow readOnly />
  </EditableShow>
);
