import { NumberField, ReferenceField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EditableShow } from '../common/EditableShow';

export const DocumentTypeShow = () => (
  <EditableShow>
    <TextField source="code" />
    <TextField source="label" />
    <TextField source="description" emptyText="-" />
    <TextField source="allowed_extensions" />
    <NumberField source="max_file_size_mb" />
    <ReferenceField source="required_step_id" reference="steps" emptyText="-" />
    <DateField source="updated_at" showTime emptyText="-" />
  </EditableShow>
);
