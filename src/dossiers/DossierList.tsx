import { AutocompleteInput, ReferenceField, ReferenceInput, SearchInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ResourceList } from '../common/ResourceList';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { useDateRangeFilters } from '../common/useDateRangeFilters';
import { useDossierExporter } from './exporter';

const useDossierFilters = () => [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" enumName="dossier_status_code" alwaysOn />,
  <EnumInput key="type" source="type" enumName="dossier_type" alwaysOn />,
  <ReferenceInput key="product_id" source="product_id" reference="products" />,
  <ReferenceInput key="user_id" source="user_id" reference="profiles">
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  ...useDateRangeFilters('created_at', { after: 'app.filters.created_after', before: 'app.filters.created_before' }),
];

export const DossierList = () => (
  <ResourceList filters={useDossierFilters()} sort={{ field: 'created_at', order: 'DESC' }} exporter={useDossierExporter()}>
    <ResponsiveDatagrid
      primaryText={<ReferenceField source="user_id" reference="profiles" link={false} />}
      secondaryText={
        <>
          <EnumField source="type" enumName="dossier_type" /> · <EnumField source="status" enumName="dossier_status_code" />
        </>
      }
      tertiaryText={<DateField source="created_at" />}
    >
      <DateField source="created_at" />
      <ReferenceField source="user_id" reference="profiles" sortBy="customer.full_name" />
      <ReferenceField source="product_id" reference="products" emptyText="-" sortBy="product.name" />
      <EnumField source="type" enumName="dossier_type" />
      <EnumField source="status" enumName="dossier_status_code" />
      <ReferenceField source="current_step_instance_id" reference="step_instances" emptyText="-" link="show" sortable={false} />
      <DateField source="updated_at" showTime />
    </ResponsiveDatagrid>
  </ResourceList>
);
