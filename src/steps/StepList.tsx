import {
  CreateButton,
  Datagrid,
  ExportButton,
  List,
  NumberField,
  SearchInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { ListEmpty } from '../common/ListEmpty';

const stepFilters = [<SearchInput key="q" source="q" alwaysOn />];

export const StepList = () => (
  <List
    filters={stepFilters}
    sort={{ field: 'position', order: 'ASC' }}
    empty={<ListEmpty />}
    actions={
      <TopToolbar>
        <CreateButton />
        <ExportButton />
      </TopToolbar>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <NumberField source="position" />
      <TextField source="code" />
      <TextField source="label" />
      <TextField source="description" emptyText="-" />
      <DateField source="created_at" />
    </Datagrid>
  </List>
);
