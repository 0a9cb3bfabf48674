import { BooleanInput, Edit, EmailField, SimpleForm, TextInput, required, useRecordContext } from 'react-admin';
import { useFunctionSave } from '../common/useFunctionSave';
import { nameValidators } from '../common/validation';
import { EnumInput } from '../common/EnumInput';

/**
 * Admins rename an agent, change their role, or (de)activate them. Role and activation go
 * through the team function (it also bans the auth user); they apply on the agent's next request.
 */
const AgentEditForm = () => {
  const record = useRecordContext();
  const save = useFunctionSave('agents', async ({ id, values, record: current, dataProvider }) => {
    const fullName = String(values.full_name ?? '').trim();
    if (fullName !== (current.full_name ?? '')) {
      await dataProvider.update('agents', { id, data: { full_name: fullName }, previousData: current });
    }
    if (values.role !== current.role) await dataProvider.changeAgentRole(id, String(values.role));
    if (Boolean(values.active) !== Boolean(current.active)) {
      await dataProvider.setAgentActive(id, Boolean(values.active));
      return values.active ? 'app.agents.activated' : 'app.agents.deactivated';
    }
  });
  if (!record) return null;
  return (
    <SimpleForm onSubmit={save}>
      <EmailField source="email" />
      <TextInput source="full_name" validate={nameValidators} />
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
