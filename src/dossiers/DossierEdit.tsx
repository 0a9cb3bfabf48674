import { Edit, ReferenceField, SimpleForm, required } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';

/** Managers and admins change a dossier's status; the database records the history. */
export const DossierEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <ReferenceField source="user_id" reference="profiles" />
      <EnumField source="type" enumName="dossier_type" />
      <EnumInput source="status" enumName="dossier_status_code" validate={required()} />
    </SimpleForm>
  </Edit>
);
