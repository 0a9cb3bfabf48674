import {
  BooleanField,
  CreateButton,
  Datagrid,
  EmailField,
  NullableBooleanInput,
  SearchInput,
  TextField,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListToolbar } from '../common/ListToolbar';
import { ResourceList } from '../common/ResourceList';

const agentFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" source="role" enumName="agent_role" alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

export const AgentList = () => (
  <ResourceList
    filters={agentFilters}
    sort={{ field: 'full_name', order: 'ASC' }}
    actions={
      <ListToolbar>
        <CreateButton label="app.agents.invite" />
      </ListToolbar>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="full_name" emptyText="-" />
      <EmailField source="email" emptyText="-" />
      <EnumField source="role" enumName="agent_role" />
      <BooleanField source="active" />
      <DateField source="created_at" />
    </Datagrid>
  </ResourceList>
);
