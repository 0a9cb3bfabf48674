import {
  CreateButton,
  Datagrid,
  ExportButton,
  FilterButton,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ListEmpty } from '../common/ListEmpty';

const documentTypeFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="required_step_id" source="required_step_id" reference="steps" />,
];

export const DocumentTypeList = () => (
  <List
    filters={documentTypeFilters}
    sort={{ field: 'label', order: 'ASC' }}
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
      <TextField source="code" />
      <TextField source="label" />
      <TextField source="allowed_extensions" />
      <NumberField source="max_file_size_mb" />
      <ReferenceField source="required_step_id" reference="steps" emptyText="-" />
    </Datagrid>
  </List>
);

