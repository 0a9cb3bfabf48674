import { Labeled, NumberField, ReferenceField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { SimpleShow } from '../common/SimpleShow';
import { EnumField } from '../common/EnumField';
import { FileSizeField } from './FileSizeField';

export const DocumentVersionShow = () => (
  <SimpleShow>
    <ReferenceField source="document_id" reference="documents" />
    <NumberField source="version_number" />
    <TextField source="file_name" emptyText="-" />
    <TextField source="mime_type" emptyText="-" />
    <Labeled source="file_size_bytes">
      <FileSizeField source="file_size_bytes" />
    </Labeled>
    <TextField source="storage_path" />
    <EnumField source="uploaded_by_type" enumName="actor_type" />
    <DateField source="uploaded_at" showTime />
  </SimpleShow>
);
