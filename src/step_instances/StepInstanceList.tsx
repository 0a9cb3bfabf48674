import { AutocompleteInput, Datagrid, ReferenceField, ReferenceInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ResourceList } from '../common/ResourceList';

const stepInstanceFilters = [
  <EnumInput key="status" source="status" enumName="step_instance_status" alwaysOn />,
  <ReferenceInput key="assigned_to" source="assigned_to" reference="agent_directory" alwaysOn>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <ReferenceInput key="step_id" source="step_id" reference="steps" />,
  <ReferenceInput key="dossier_id" source="dossier_id" reference="dossiers" />,
];

export const StepInstanceList = () => (
  <ResourceList filters={stepInstanceFilters} sort={{ field: 'created_at', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceField source="dossier_id" reference="dossiers" />
      <ReferenceField source="step_id" reference="steps" link={false} />
      <EnumField source="status" enumName="step_instance_status" />
      <ReferenceField source="assigned_to" reference="agent_directory" emptyText="-" />
      <DateField source="due_at" showTime emptyText="-" label="app.due_at" />
      <DateField source="completed_at" showTime emptyText="-" />
    </Datagrid>
  </ResourceList>
);
