import { ReferenceField, ReferenceInput, SearchInput, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListToolbar } from '../common/ListToolbar';
import { ResourceList } from '../common/ResourceList';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { useMessageExporter } from './exporter';

const messageFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="sender_type" source="sender_type" enumName="actor_type" />,
  <ReferenceInput key="dossier_id" source="dossier_id" reference="dossiers" />,
];

export const MessageList = () => (
  <ResourceList
    filters={messageFilters}
    sort={{ field: 'created_at', order: 'DESC' }}
    exporter={useMessageExporter()}
    actions={<ListToolbar createButton />}
  >
    <ResponsiveDatagrid
      primaryText={(record) => String(record.body ?? '').slice(0, 80)}
      secondaryText={<ReferenceField source="dossier_id" reference="dossiers" link={false} />}
      tertiaryText={<DateField source="created_at" />}
    >
      <DateField source="created_at" showTime />
      <ReferenceField source="dossier_id" reference="dossiers" sortable={false} />
      <EnumField source="sender_type" enumName="actor_type" />
      <TextField
        source="body"
        sx={{ display: 'block', maxWidth: 480, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
      />
      <DateField source="read_at" showTime emptyText="-" />
    </ResponsiveDatagrid>
  </ResourceList>
);
