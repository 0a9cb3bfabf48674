import { NumberField, ReferenceField, ReferenceInput, SearchInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ResourceList } from '../common/ResourceList';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { useDateRangeFilters } from '../common/useDateRangeFilters';
import { FileSizeField } from './FileSizeField';
import { useDocumentVersionExporter } from './exporter';

const useVersionFilters = () => [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="uploaded_by_type" source="uploaded_by_type" enumName="actor_type" />,
  <ReferenceInput key="document_id" source="document_id" reference="documents" />,
  ...useDateRangeFilters('uploaded_at', { after: 'app.filters.uploaded_after', before: 'app.filters.uploaded_before' }),
];

export const DocumentVersionList = () => (
  <ResourceList filters={useVersionFilters()} sort={{ field: 'uploaded_at', order: 'DESC' }} exporter={useDocumentVersionExporter()}>
    <ResponsiveDatagrid
      primaryText={(record) => String(record.file_name ?? '-')}
      secondaryText={<ReferenceField source="document_id" reference="documents" link={false} />}
      tertiaryText={<DateField source="uploaded_at" />}
    >
      <DateField source="uploaded_at" showTime />
      <ReferenceField source="document_id" reference="documents" sortable={false} />
      <NumberField source="version_number" />
      <TextField source="file_name" emptyText="-" />
      <FileSizeField source="file_size_bytes" label="resources.document_versions.fields.file_size_bytes" />
      <EnumField source="uploaded_by_type" enumName="actor_type" />
    </ResponsiveDatagrid>
  </ResourceList>
);
