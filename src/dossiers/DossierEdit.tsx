import {
  Edit,
  ReferenceField,
  SimpleForm,
  TextInput,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
  type RaRecord,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import type { BackOfficeDataProvider } from '../providers/dataProvider';

/**
 * Managers and admins change a dossier's status, with an optional note. The change goes through
 * change_dossier_status (the database refuses a direct status write), which records the history
 * and the event with the note.
 */
const DossierEditForm = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const refresh = useRefresh();
  if (!record) return null;
  const save = async (values: Partial<RaRecord>) => {
    const id = String(record.id);
    try {
      if (values.status !== record.status) {
        const note = String(values.status_note ?? '').trim();
        await dataProvider.changeDossierStatus(id, String(values.status), note === '' ? null : note);
      }
      notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
      refresh();
      redirect('show', 'dossiers', id);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
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
