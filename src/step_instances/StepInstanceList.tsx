import { AutocompleteInput, ReferenceField, ReferenceInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ResourceList } from '../common/ResourceList';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { useStepInstanceExporter } from './exporter';

const stepInstanceFilters = [
  <EnumInput key="status" source="status" enumName="step_instance_status" alwaysOn />,
  <ReferenceInput key="assigned_to" source="assigned_to" reference="agent_directory" alwaysOn>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <ReferenceInput key="step_id" source="step_id" reference="steps" />,
  <ReferenceInput key="dossier_id" source="dossier_id" reference="dossiers" />,
];

export const StepInstanceList = () => (
  <ResourceList filters={stepInstanceFilters} sort={{ field: 'created_at', order: 'DESC' }} exporter={useStepInstanceExporter()}>
    <ResponsiveDatagrid
      primaryText={<ReferenceField source="step_id" reference="steps" link={false} />}
      secondaryText={<ReferenceField source="dossier_id" reference="dossiers" link={false} />}
      tertiaryText={<EnumField source="status" enumName="step_instance_status" />}
    >
      <ReferenceField source="dossier_id" reference="dossiers" sortable={false} />
      <ReferenceField source="step_id" reference="steps" link={false} sortBy="step.label" />
      <EnumField source="status" enumName="step_instance_status" />
      <ReferenceField source="assigned_to" reference="agent_directory" emptyText="-" sortable={false} />
      <DateField source="due_at" showTime emptyText="-" label="app.due_at" />
      <DateField source="completed_at" showTime emptyText="-" />
    </ResponsiveDatagrid>
  </ResourceList>
);
