import { NumberInput, TextInput } from 'react-admin';
import { codeValidators, positionValidators, requiredField } from '../common/validation';

export const StepInputs = () => (
  <>
    <TextInput source="code" validate={codeValidators} />
    <TextInput source="label" validate={requiredField} />
    <TextInput source="description" multiline minRows={2} fullWidth />
    <NumberInput source="position" validate={positionValidators} min={0} step={1} />
  </>
);
