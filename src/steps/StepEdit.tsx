import { Edit, SimpleForm } from 'react-admin';
import { StepInputs } from './StepInputs';

export const StepEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <StepInputs />
    </SimpleForm>
  </Edit>
);
