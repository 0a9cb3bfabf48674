import { BooleanInput, Edit, EmailField, SimpleForm, TextInput, required } from 'react-admin';
import { EnumInput } from '../common/EnumInput';

/** Admins rename, change the role of, or (de)activate an agent; effective on the next request. */
export const AgentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <EmailField source="email" />
      <TextInput source="full_name" validate={required()} />
      <EnumInput source="role" enumName="agent_role" validate={required()} />
      <BooleanInput source="active" />
    </SimpleForm>
  </Edit>
);
