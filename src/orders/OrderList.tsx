import {
  Datagrid,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { dateRangeFilters } from '../common/DateRangeInputs';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListEmpty } from '../common/ListEmpty';
import { MoneyField } from '../common/MoneyField';

const useOrderFilters = () => {
  const translate = useTranslate();
  return [
    <EnumInput key="status" source="status" enumName="order_status" alwaysOn />,
    ...dateRangeFilters('created_at', {
      after: translate('app.filters.created_after'),
      before: translate('app.filters.created_before'),
    }, { alwaysOn: true }),
    <ReferenceInput key="product_id" source="product_id" reference="products" />,
    <ReferenceInput key="user_id" source="user_id" reference="profiles">
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>,
  ];
};

export const OrderList = () => (
  <List
    filters={useOrderFilters()}
    sort={{ field: 'created_at', order: 'DESC' }}
    empty={<ListEmpty />}
    actions={
      <TopToolbar>
        <FilterButton />
        <ExportButton />
      </TopToolbar>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="created_at" showTime />
      <ReferenceField source="user_id" reference="profiles" />
      <ReferenceField source="product_id" reference="products" />
      <MoneyField source="amount" />
      <EnumField source="status" enumName="order_status" />
      <DateField source="paid_at" showTime emptyText="-" />
    </Datagrid>
  </List>
);
