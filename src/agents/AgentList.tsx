import {
  BooleanField,
  CreateButton,
  Datagrid,
  EmailField,
  ExportButton,
  FilterButton,
  List,
  NullableBooleanInput,
  SearchInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListEmpty } from '../common/ListEmpty';

const agentFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" source="role" enumName="agent_role" alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

export const AgentList = () => (
  <List
    filters={agentFilters}
    sort={{ field: 'full_name', order: 'ASC' }}
    empty={<ListEmpty />}
    actions={
      <TopToolbar>
        <FilterButton />
        <CreateButton label="app.agents.invite" />
        <ExportButton />
      </TopToolbar>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="full_name" emptyText="-" />
      <EmailField source="email" emptyText="-" />
      <EnumField source="role" enumName="agent_role" />
      <BooleanField source="active" />
      <DateField source="created_at" />
    </Datagrid>
  </List>
);
