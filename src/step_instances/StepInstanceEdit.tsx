import { AutocompleteInput, Edit, ReferenceField, ReferenceInput, SimpleForm, required } from 'react-admin';
import { EnumField } from '../common/EnumField';

/** Managers assign or reassign a step instance to an active agent (the database checks both). */
export const StepInstanceEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <ReferenceField source="dossier_id" reference="dossiers" />
      <ReferenceField source="step_id" reference="steps" link={false} />
      <EnumField source="status" enumName="step_instance_status" />
      <ReferenceInput source="assigned_to" reference="agent_directory">
        <AutocompleteInput filterToQuery={(q: string) => ({ q })} validate={required()} />
      </ReferenceInput>
    </SimpleForm>
  </Edit>
);
