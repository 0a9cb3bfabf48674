import { Edit, EmailField, SimpleForm, TextField, required } from 'react-admin';
import { EnumInput } from '../common/EnumInput';

/** Admins change a customer's status (ACTIVE / SUSPENDED / PENDING); nothing else. */
export const ProfileEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <TextField source="full_name" />
      <EmailField source="email" />
      <EnumInput source="status" enumName="user_status" validate={required()} />
    </SimpleForm>
  </Edit>
);
