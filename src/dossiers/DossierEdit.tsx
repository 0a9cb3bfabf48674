import { Edit, ReferenceField, SimpleForm, TextInput, required, useRecordContext } from 'react-admin';
import { useFunctionSave } from '../common/useFunctionSave';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';

/**
 * Managers and admins change a dossier's status, with an optional note. The change goes through
 * change_dossier_status (the database refuses a direct status write), which records the history
 * and the event with the note.
 */
const DossierEditForm = () => {
  const record = useRecordContext();
  const save = useFunctionSave('dossiers', async ({ id, values, record: current, dataProvider }) => {
    if (values.status !== current.status) {
      const note = String(values.status_note ?? '').trim();
      await dataProvider.changeDossierStatus(id, String(values.status), note === '' ? null : note);
    }
  });
  if (!record) return null;
  return (
    <SimpleForm onSubmit={save}>
      <ReferenceField source="user_id" reference="profiles" />
      <EnumField source="type" enumName="dossier_type" />
      <EnumInput source="status" enumName="dossier_status_code" validate={required()} />
      <TextInput source="status_note" multiline fullWidth />
    </SimpleForm>
  );
};

export const DossierEdit = () => (
  <Edit mutationMode="pessimistic">
    <DossierEditForm />
  </Edit>
);
