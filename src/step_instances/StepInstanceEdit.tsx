import { AutocompleteInput, DateTimeInput, Edit, ReferenceField, ReferenceInput, SimpleForm } from 'react-admin';
import { EnumField } from '../common/EnumField';

/** Managers assign or reassign a step instance to an active agent, with an optional due date. */
export const StepInstanceEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <ReferenceField source="dossier_id" reference="dossiers" />
      <ReferenceField source="step_id" reference="steps" link={false} />
      <EnumField source="status" enumName="step_instance_status" />
      <ReferenceInput source="assigned_to" reference="agents" filter={{ active: true }}>
        <AutocompleteInput filterToQuery={(q: string) => ({ q })} parse={(v: string) => (v === '' ? null : v)} />
      </ReferenceInput>
      <DateTimeInput source="due_at" label="app.due_at" parse={(v: string) => (v ? new Date(v).toISOString() : null)} />
    </SimpleForm>
  </Edit>
);
