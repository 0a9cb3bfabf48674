import { Datagrid, NumberField, SearchInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { ListToolbar } from '../common/ListToolbar';
import { ResourceList } from '../common/ResourceList';

const stepFilters = [<SearchInput key="q" source="q" alwaysOn />];

export const StepList = () => (
  <ResourceList
    filters={stepFilters}
    sort={{ field: 'position', order: 'ASC' }}
    actions={<ListToolbar filterButton={false} createButton />}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <NumberField source="position" />
      <TextField source="code" />
      <TextField source="label" />
      <TextField source="description" emptyText="-" />
      <DateField source="created_at" />
    </Datagrid>
  </ResourceList>
);
