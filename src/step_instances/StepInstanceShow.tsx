import {
  EditButton,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TopToolbar,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { CompleteStepButton } from './CompleteStepButton';

export const StepInstanceShow = () => (
  <Show
    actions={
      <TopToolbar>
        <CompleteStepButton />
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <ReferenceField source="dossier_id" reference="dossiers" />
      <ReferenceField source="step_id" reference="steps" link={false} />
      <EnumField source="status" enumName="step_instance_status" />
      <ReferenceField source="assigned_to" reference="agents" emptyText="-" />
      <DateField source="due_at" showTime emptyText="-" label="app.due_at" />
      <DateField source="started_at" showTime emptyText="-" />
      <DateField source="completed_at" showTime emptyText="-" />
    </SimpleShowLayout>
  </Show>
);
