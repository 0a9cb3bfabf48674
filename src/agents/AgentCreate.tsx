import { Create, SimpleForm, TextInput, required, useDataProvider, useNotify, useRedirect, type RaRecord } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { validEmail } from '../common/validation';
import type { BackOfficeDataProvider } from '../providers/dataProvider';

/** "Create" an agent = invite them by e-mail with a role (team function; they set a password). */
export const AgentCreate = () => {
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const save = async (values: Partial<RaRecord>) => {
    const email = String(values.email).trim().toLowerCase();
    try {
      await dataProvider.inviteAgent({ email, full_name: String(values.full_name).trim(), role: String(values.role) });
      notify('app.agents.invited', { type: 'info', messageArgs: { email } });
      redirect('list', 'agents');
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Create title="app.agents.invite">
      <SimpleForm onSubmit={save} defaultValues={{ role: 'AGENT' }}>
        <TextInput source="email" type="email" validate={validEmail} />
        <TextInput source="full_name" validate={required()} />
        <EnumInput source="role" enumName="agent_role" validate={required()} />
      </SimpleForm>
    </Create>
  );
};
