import { EditButton, ReferenceField, TopToolbar } from 'react-admin';
import { DateField } from '../common/DateField';
import { SimpleShow } from '../common/SimpleShow';
import { EnumField } from '../common/EnumField';
import { CompleteStepButton } from './CompleteStepButton';

export const StepInstanceShow = () => (
  <SimpleShow
    actions={
      <TopToolbar>
        <CompleteStepButton />
        <EditButton />
      </TopToolbar>
    }
  >
    <ReferenceField source="dossier_id" reference="dossiers" />
    <ReferenceField source="step_id" reference="steps" link={false} />
    <EnumField source="status" enumName="step_instance_status" />
    <ReferenceField source="assigned_to" reference="agent_directory" emptyText="-" />
    <DateField source="due_at" showTime emptyText="-" label="app.due_at" />
    <DateField source="started_at" showTime emptyText="-" />
    <DateField source="completed_at" showTime emptyText="-" />
  </SimpleShow>
);
