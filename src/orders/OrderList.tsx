import { AutocompleteInput, Datagrid, ReferenceField, ReferenceInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { MoneyField } from '../common/MoneyField';
import { ResourceList } from '../common/ResourceList';
import { useDateRangeFilters } from '../common/useDateRangeFilters';
import { useOrderExporter } from './exporter';

const useOrderFilters = () => [
  <EnumInput key="status" source="status" enumName="order_status" alwaysOn />,
  ...useDateRangeFilters(
    'created_at',
    { after: 'app.filters.created_after', before: 'app.filters.created_before' },
    { alwaysOn: true },
  ),
  <ReferenceInput key="product_id" source="product_id" reference="products" />,
  <ReferenceInput key="user_id" source="user_id" reference="profiles">
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

export const OrderList = () => (
  <ResourceList filters={useOrderFilters()} sort={{ field: 'created_at', order: 'DESC' }} exporter={useOrderExporter()}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="created_at" showTime />
      <ReferenceField source="user_id" reference="profiles" />
      <ReferenceField source="product_id" reference="products" />
      <MoneyField source="amount" />
      <EnumField source="status" enumName="order_status" />
      <DateField source="paid_at" showTime emptyText="-" />
    </Datagrid>
  </ResourceList>
);
