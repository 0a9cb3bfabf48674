import { BooleanField, EmailField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EditableShow } from '../common/EditableShow';
import { EnumField } from '../common/EnumField';

export const AgentShow = () => (
  <EditableShow>
    <TextField source="full_name" emptyText="-" />
    <EmailField source="email" emptyText="-" />
    <EnumField source="role" enumName="agent_role" />
    <BooleanField source="active" />
    <DateField source="created_at" showTime />
    <DateField source="updated_at" showTime />
  </EditableShow>
);
