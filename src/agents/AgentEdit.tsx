import {
  BooleanInput,
  Edit,
  EmailField,
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
import { EnumInput } from '../common/EnumInput';
import type { BackOfficeDataProvider } from '../providers/dataProvider';

/**
 * Admins rename an agent, change their role, or (de)activate them. Role and activation go
 * through the team function (it also bans the auth user); they apply on the agent's next request.
 */
const AgentEditForm = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const refresh = useRefresh();
  if (!record) return null;
  const save = async (values: Partial<RaRecord>) => {
    const id = String(record.id);
    try {
      const fullName = String(values.full_name ?? '').trim();
      if (fullName !== (record.full_name ?? '')) {
        await dataProvider.update('agents', { id, data: { full_name: fullName }, previousData: record });
      }
      if (values.role !== record.role) await dataProvider.changeAgentRole(id, String(values.role));
      if (Boolean(values.active) !== Boolean(record.active)) {
        await dataProvider.setAgentActive(id, Boolean(values.active));
        notify(values.active ? 'app.agents.activated' : 'app.agents.deactivated', { type: 'info' });
      } else {
        notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
      }
      refresh();
      redirect('show', 'agents', id);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <SimpleForm onSubmit={save}>
      <EmailField source="email" />
      <TextInput source="full_name" validate={required()} />
      <EnumInput source="role" enumName="agent_role" validate={required()} />
      <BooleanInput source="active" />
    </SimpleForm>
  );
};

export const AgentEdit = () => (
  <Edit mutationMode="pessimistic">
    <AgentEditForm />
  </Edit>
);
