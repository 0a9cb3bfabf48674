import {
  Datagrid,
  NumberField,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TextField,
} from 'react-admin';
import { ListToolbar } from '../common/ListToolbar';
import { ResourceList } from '../common/ResourceList';

const documentTypeFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="required_step_id" source="required_step_id" reference="steps" />,
];

export const DocumentTypeList = () => (
  <ResourceList
    filters={documentTypeFilters}
    sort={{ field: 'label', order: 'ASC' }}
    actions={<ListToolbar createButton />}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="label" />
      <TextField source="allowed_extensions" />
      <NumberField source="max_file_size_mb" />
      <ReferenceField source="required_step_id" reference="steps" emptyText="-" />
    </Datagrid>
  </ResourceList>
);
