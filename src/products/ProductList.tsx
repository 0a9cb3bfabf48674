import {
  BooleanField,
  CreateButton,
  Datagrid,
  ExportButton,
  FilterButton,
  List,
  NullableBooleanInput,
  SearchInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListEmpty } from '../common/ListEmpty';
import { MoneyField } from '../common/MoneyField';

const productFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="dossier_type" source="dossier_type" enumName="dossier_type" />,
  <NullableBooleanInput key="active" source="active" />,
];

const ProductListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

export const ProductList = () => (
  <List filters={productFilters} actions={<ProductListActions />} sort={{ field: 'name', order: 'ASC' }} empty={<ListEmpty />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="dossier_type" enumName="dossier_type" />
      <MoneyField source="price_amount" />
      <BooleanField source="active" />
      <DateField source="updated_at" showTime />
    </Datagrid>
  </List>
);
