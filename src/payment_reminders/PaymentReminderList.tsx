import {
  Datagrid,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { dateRangeFilters } from '../common/DateRangeInputs';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListEmpty } from '../common/ListEmpty';

const useReminderFilters = () => {
  const translate = useTranslate();
  return [
    <EnumInput key="sent_via" source="sent_via" enumName="notification_channel" />,
    <ReferenceInput key="user_id" source="user_id" reference="profiles" />,
    ...dateRangeFilters('sent_at', {
      after: translate('app.filters.sent_after'),
      before: translate('app.filters.sent_before'),
    }),
  ];
};

export const PaymentReminderList = () => (
  <List
    filters={useReminderFilters()}
    sort={{ field: 'sent_at', order: 'DESC' }}
    empty={<ListEmpty />}
    actions={
      <TopToolbar>
        <FilterButton />
        <ExportButton />
      </TopToolbar>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="sent_at" showTime />
      <ReferenceField source="user_id" reference="profiles" />
      <ReferenceField source="order_id" reference="orders" />
      <EnumField source="sent_via" enumName="notification_channel" />
      <DateField source="clicked_at" showTime emptyText="-" />
    </Datagrid>
  </List>
);
