import { BooleanField, CreateButton, EmailField, NullableBooleanInput, SearchInput, TextField, useCanAccess } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListToolbar } from '../common/ListToolbar';
import { ResourceList } from '../common/ResourceList';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { useAgentExporter } from './exporter';

const agentFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" source="role" enumName="agent_role" alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

const directoryFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" source="role" enumName="agent_role" alwaysOn />,
];

/** Admins manage the team: every agent with e-mail and active flag. */
const TeamList = () => (
  <ResourceList
    filters={agentFilters}
    sort={{ field: 'full_name', order: 'ASC' }}
    exporter={useAgentExporter()}
    actions={
      <ListToolbar>
        <CreateButton label="app.agents.invite" />
      </ListToolbar>
    }
  >
    <ResponsiveDatagrid
      primaryText={(record) => String(record.full_name || record.email || '-')}
      secondaryText={<EnumField source="role" enumName="agent_role" />}
    >
      <TextField source="full_name" emptyText="-" />
      <EmailField source="email" emptyText="-" />
      <EnumField source="role" enumName="agent_role" />
      <BooleanField source="active" />
      <DateField source="created_at" />
    </ResponsiveDatagrid>
  </ResourceList>
);

/** Everyone else reads the directory of product.md §2: active agents, name and role only. */
const DirectoryList = () => (
  <ResourceList resource="agent_directory" filters={directoryFilters} sort={{ field: 'full_name', order: 'ASC' }}>
    <ResponsiveDatagrid
      rowClick={false}
      primaryText={(record) => String(record.full_name || '-')}
      secondaryText={<EnumField source="role" enumName="agent_role" />}
    >
      <TextField source="full_name" emptyText="-" />
      <EnumField source="role" enumName="agent_role" />
    </ResponsiveDatagrid>
  </ResourceList>
);

export const AgentList = () => {
  const { canAccess, isPending } = useCanAccess({ resource: 'agents', action: 'invite' });
  if (isPending) return null;
  return canAccess ? <TeamList /> : <DirectoryList />;
};
