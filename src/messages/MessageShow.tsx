import { ReferenceField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { SimpleShow } from '../common/SimpleShow';
import { EnumField } from '../common/EnumField';

export const MessageShow = () => (
  <SimpleShow>
    <ReferenceField source="dossier_id" reference="dossiers" />
    <EnumField source="sender_type" enumName="actor_type" />
    <DateField source="created_at" showTime />
    <TextField source="body" sx={{ whiteSpace: 'pre-wrap' }} />
    <DateField source="read_at" showTime emptyText="-" />
  </SimpleShow>
);
