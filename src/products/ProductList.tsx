import { BooleanField, NullableBooleanInput, SearchInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListToolbar } from '../common/ListToolbar';
import { MoneyField } from '../common/MoneyField';
import { ResourceList } from '../common/ResourceList';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { useProductExporter } from './exporter';

const productFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="dossier_type" source="dossier_type" enumName="dossier_type" />,
  <NullableBooleanInput key="active" source="active" />,
];

export const ProductList = () => (
  <ResourceList
    filters={productFilters}
    sort={{ field: 'name', order: 'ASC' }}
    actions={<ListToolbar createButton />}
    exporter={useProductExporter()}
  >
    <ResponsiveDatagrid
      primaryText={(record) => String(record.name)}
      secondaryText={<TextField source="code" />}
      tertiaryText={<MoneyField source="price_amount" />}
    >
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="dossier_type" enumName="dossier_type" />
      <MoneyField source="price_amount" />
      <BooleanField source="active" />
      <DateField source="updated_at" showTime />
    </ResponsiveDatagrid>
  </ResourceList>
);
