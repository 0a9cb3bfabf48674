import { EmailField, SearchInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ResourceList } from '../common/ResourceList';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { useProfileExporter } from './exporter';

const profileFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" enumName="user_status" alwaysOn />,
];

export const ProfileList = () => (
  <ResourceList filters={profileFilters} sort={{ field: 'created_at', order: 'DESC' }} exporter={useProfileExporter()}>
    <ResponsiveDatagrid
      primaryText={(record) => String(record.full_name || record.email || '-')}
      secondaryText={<TextField source="email" emptyText="-" />}
      tertiaryText={<EnumField source="status" enumName="user_status" />}
    >
      <TextField source="full_name" emptyText="-" />
      <EmailField source="email" emptyText="-" />
      <TextField source="phone" emptyText="-" />
      <EnumField source="status" enumName="user_status" />
      <DateField source="created_at" />
    </ResponsiveDatagrid>
  </ResourceList>
);
