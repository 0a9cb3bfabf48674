import {
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
  useTranslate,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { dateRangeFilters } from '../common/DateRangeInputs';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListEmpty } from '../common/ListEmpty';
import { FileSizeField } from './FileSizeField';

const useVersionFilters = () => {
  const translate = useTranslate();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <EnumInput key="uploaded_by_type" source="uploaded_by_type" enumName="actor_type" />,
    <ReferenceInput key="document_id" source="document_id" reference="documents" />,
    ...dateRangeFilters('uploaded_at', {
      after: translate('app.filters.uploaded_after'),
      before: translate('app.filters.uploaded_before'),
    }),
  ];
};

export const DocumentVersionList = () => (
  <List
    filters={useVersionFilters()}
    sort={{ field: 'uploaded_at', order: 'DESC' }}
    empty={<ListEmpty />}
    actions={
      <TopToolbar>
        <FilterButton />
        <ExportButton />
      </TopToolbar>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="uploaded_at" showTime />
      <ReferenceField source="document_id" reference="documents" />
      <NumberField source="version_number" />
      <TextField source="file_name" emptyText="-" />
      <FileSizeField source="file_size_bytes" label="resources.document_versions.fields.file_size_bytes" />
      <EnumField source="uploaded_by_type" enumName="actor_type" />
    </Datagrid>
  </List>
);
