import { NumberField, ReferenceField, ReferenceInput, SearchInput, TextField } from 'react-admin';
import { ListToolbar } from '../common/ListToolbar';
import { ResourceList } from '../common/ResourceList';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { useDocumentTypeExporter } from './exporter';

const documentTypeFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="required_step_id" source="required_step_id" reference="steps" />,
];

export const DocumentTypeList = () => (
  <ResourceList
    filters={documentTypeFilters}
    sort={{ field: 'label', order: 'ASC' }}
    exporter={useDocumentTypeExporter()}
    actions={<ListToolbar createButton />}
  >
    <ResponsiveDatagrid primaryText={(record) => String(record.label)} secondaryText={<TextField source="code" />}>
      <TextField source="code" />
      <TextField source="label" />
      <TextField source="allowed_extensions" />
      <NumberField source="max_file_size_mb" />
      <ReferenceField source="required_step_id" reference="steps" emptyText="-" sortBy="required_step.label" />
    </ResponsiveDatagrid>
  </ResourceList>
);
