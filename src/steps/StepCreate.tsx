import { Create, SimpleForm } from 'react-admin';
import { StepInputs } from './StepInputs';

export const StepCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <StepInputs />
    </SimpleForm>
  </Create>
);
