import {
  CreateButton,
  Datagrid,
  EmailField,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { dateRangeFilters } from '../common/DateRangeInputs';
import { enumChoices } from '../common/enums';
import { ListEmpty } from '../common/ListEmpty';
import { PaymentLinkStatusField } from './PaymentLinkStatusField';

const usePaymentLinkFilters = () => {
  const translate = useTranslate();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={enumChoices('payment_link_status')} alwaysOn />,
    <ReferenceInput key="product_id" source="product_id" reference="products" />,
    <ReferenceInput key="created_by" source="created_by" reference="agents" />,
    ...dateRangeFilters('created_at', {
      after: translate('app.filters.created_after'),
      before: translate('app.filters.created_before'),
    }),
  ];
};

export const PaymentLinkList = () => (
  <List
    filters={usePaymentLinkFilters()}
    sort={{ field: 'created_at', order: 'DESC' }}
    empty={<ListEmpty />}
    actions={
      <TopToolbar>
        <FilterButton />
        <CreateButton />
        <ExportButton />
      </TopToolbar>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="created_at" showTime />
      <EmailField source="prospect_email" />
      <TextField source="prospect_name" emptyText="-" />
      <ReferenceField source="product_id" reference="products" />
      <ReferenceField source="created_by" reference="agents" emptyText="-" />
      <PaymentLinkStatusField label="resources.payment_links.fields.status" />
      <DateField source="expires_at" showTime emptyText="-" />
    </Datagrid>
  </List>
);
