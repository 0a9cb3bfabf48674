import {
  Datagrid,
  EmailField,
  ExportButton,
  FilterButton,
  List,
  SearchInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListEmpty } from '../common/ListEmpty';

const profileFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" enumName="user_status" alwaysOn />,
];

export const ProfileList = () => (
  <List
    filters={profileFilters}
    sort={{ field: 'created_at', order: 'DESC' }}
    empty={<ListEmpty />}
    actions={
      <TopToolbar>
        <FilterButton />
        <ExportButton />
      </TopToolbar>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="full_name" emptyText="-" />
      <EmailField source="email" emptyText="-" />
      <TextField source="phone" emptyText="-" />
      <EnumField source="status" enumName="user_status" />
      <DateField source="created_at" />
    </Datagrid>
  </List>
);
