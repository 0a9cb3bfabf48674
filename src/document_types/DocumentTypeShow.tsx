import {
  EditButton,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateField } from '../common/DateField';

export const DocumentTypeShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="label" />
      <TextField source="description" emptyText="-" />
      <TextField source="allowed_extensions" />
      <NumberField source="max_file_size_mb" />
      <ReferenceField source="required_step_id" reference="steps" emptyText="-" />
      <DateField source="updated_at" showTime emptyText="-" />
    </SimpleShowLayout>
  </Show>
);
