import {
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';

export const MessageShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="dossier_id" reference="dossiers" />
      <EnumField source="sender_type" enumName="actor_type" />
      <DateField source="created_at" showTime />
      <TextField source="body" sx={{ whiteSpace: 'pre-wrap' }} />
      <DateField source="read_at" showTime emptyText="-" />
    </SimpleShowLayout>
  </Show>
);
