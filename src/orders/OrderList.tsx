import { AutocompleteInput, ReferenceField, ReferenceInput, SearchInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { MoneyField } from '../common/MoneyField';
import { ResourceList } from '../common/ResourceList';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { useDateRangeFilters } from '../common/useDateRangeFilters';
import { useOrderExporter } from './exporter';

const useOrderFilters = () => [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" enumName="order_status" alwaysOn />,
  ...useDateRangeFilters('created_at', { after: 'app.filters.created_after', before: 'app.filters.created_before' }, { alwaysOn: true }),
  <ReferenceInput key="product_id" source="product_id" reference="products" />,
  <ReferenceInput key="user_id" source="user_id" reference="profiles">
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

export const OrderList = () => (
  <ResourceList filters={useOrderFilters()} sort={{ field: 'created_at', order: 'DESC' }} exporter={useOrderExporter()}>
    <ResponsiveDatagrid
      primaryText={<ReferenceField source="user_id" reference="profiles" link={false} />}
      secondaryText={
        <>
          <ReferenceField source="product_id" reference="products" link={false} /> · <EnumField source="status" enumName="order_status" />
        </>
      }
      tertiaryText={<MoneyField source="amount" />}
    >
      <DateField source="created_at" showTime />
      <ReferenceField source="user_id" reference="profiles" sortBy="customer.full_name" />
      <ReferenceField source="product_id" reference="products" sortBy="product.name" />
      <MoneyField source="amount" />
      <EnumField source="status" enumName="order_status" />
      <DateField source="paid_at" showTime emptyText="-" />
    </ResponsiveDatagrid>
  </ResourceList>
);
