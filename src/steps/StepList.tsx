import { NumberField, SearchInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { ListToolbar } from '../common/ListToolbar';
import { ResourceList } from '../common/ResourceList';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { useStepExporter } from './exporter';

const stepFilters = [<SearchInput key="q" source="q" alwaysOn />];

export const StepList = () => (
  <ResourceList
    filters={stepFilters}
    sort={{ field: 'position', order: 'ASC' }}
    exporter={useStepExporter()}
    actions={<ListToolbar filterButton={false} createButton />}
  >
    <ResponsiveDatagrid
      primaryText={(record) => `${String(record.position)}. ${String(record.label)}`}
      secondaryText={<TextField source="code" />}
    >
      <NumberField source="position" />
      <TextField source="code" />
      <TextField source="label" />
      <TextField source="description" emptyText="-" />
      <DateField source="created_at" />
    </ResponsiveDatagrid>
  </ResourceList>
);
