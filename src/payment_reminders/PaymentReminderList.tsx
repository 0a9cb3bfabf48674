import { ReferenceField, ReferenceInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ResourceList } from '../common/ResourceList';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { useDateRangeFilters } from '../common/useDateRangeFilters';
import { usePaymentReminderExporter } from './exporter';

const useReminderFilters = () => [
  <EnumInput key="sent_via" source="sent_via" enumName="notification_channel" />,
  <ReferenceInput key="user_id" source="user_id" reference="profiles" />,
  ...useDateRangeFilters('sent_at', { after: 'app.filters.sent_after', before: 'app.filters.sent_before' }),
];

export const PaymentReminderList = () => (
  <ResourceList filters={useReminderFilters()} sort={{ field: 'sent_at', order: 'DESC' }} exporter={usePaymentReminderExporter()}>
    <ResponsiveDatagrid
      primaryText={<ReferenceField source="user_id" reference="profiles" link={false} />}
      secondaryText={<EnumField source="sent_via" enumName="notification_channel" />}
      tertiaryText={<DateField source="sent_at" />}
    >
      <DateField source="sent_at" showTime />
      <ReferenceField source="user_id" reference="profiles" sortBy="customer.full_name" />
      <ReferenceField source="order_id" reference="orders" sortable={false} />
      <EnumField source="sent_via" enumName="notification_channel" />
      <DateField source="clicked_at" showTime emptyText="-" />
    </ResponsiveDatagrid>
  </ResourceList>
);
