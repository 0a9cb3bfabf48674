import { EmailField, ReferenceField, ReferenceInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { enumChoices } from '../common/enums';
import { ListToolbar } from '../common/ListToolbar';
import { ResourceList } from '../common/ResourceList';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { useDateRangeFilters } from '../common/useDateRangeFilters';
import { usePaymentLinkExporter } from './exporter';
import { PaymentLinkStatusField } from './PaymentLinkStatusField';

const usePaymentLinkFilters = () => [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('payment_link_status')} alwaysOn />,
  <ReferenceInput key="product_id" source="product_id" reference="products" />,
  <ReferenceInput key="created_by" source="created_by" reference="agent_directory" />,
  ...useDateRangeFilters('created_at', { after: 'app.filters.created_after', before: 'app.filters.created_before' }),
];

export const PaymentLinkList = () => (
  <ResourceList
    filters={usePaymentLinkFilters()}
    sort={{ field: 'created_at', order: 'DESC' }}
    actions={<ListToolbar createButton />}
    exporter={usePaymentLinkExporter()}
  >
    <ResponsiveDatagrid
      primaryText={(record) => String(record.prospect_name || record.prospect_email)}
      secondaryText={<ReferenceField source="product_id" reference="products" link={false} />}
      tertiaryText={<PaymentLinkStatusField />}
    >
      <DateField source="created_at" showTime />
      <EmailField source="prospect_email" />
      <TextField source="prospect_name" emptyText="-" />
      <ReferenceField source="product_id" reference="products" sortBy="product.name" />
      <ReferenceField source="created_by" reference="agent_directory" emptyText="-" sortable={false} />
      <PaymentLinkStatusField label="resources.payment_links.fields.status" />
      <DateField source="expires_at" showTime emptyText="-" />
    </ResponsiveDatagrid>
  </ResourceList>
);
