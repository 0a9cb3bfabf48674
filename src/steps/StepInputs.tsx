import { NumberInput, TextInput } from 'react-admin';
import { codeValidators, descriptionValidators, nameValidators, positionValidators } from '../common/validation';

export const StepInputs = () => (
  <>
    <TextInput source="code" validate={codeValidators} />
    <TextInput source="label" validate={nameValidators} />
    <TextInput source="description" validate={descriptionValidators} multiline minRows={2} fullWidth />
    <NumberInput source="position" validate={positionValidators} min={0} step={1} />
  </>
);
