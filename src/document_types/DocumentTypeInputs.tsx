import { AutocompleteInput, NumberInput, ReferenceInput, TextInput } from 'react-admin';
import {
  codeValidators,
  extensionsValidator,
  fileSizeValidators,
  formatExtensions,
  parseExtensions,
  descriptionValidators,
  nameValidators,
} from '../common/validation';

export const DocumentTypeInputs = () => (
  <>
    <TextInput source="code" validate={codeValidators} />
    <TextInput source="label" validate={nameValidators} />
    <TextInput source="description" validate={descriptionValidators} multiline minRows={2} fullWidth />
    <TextInput
      source="allowed_extensions"
      validate={extensionsValidator}
      parse={parseExtensions}
      format={formatExtensions}
      helperText="pdf, jpg, png"
    />
    <NumberInput source="max_file_size_mb" validate={fileSizeValidators} min={1} max={100} step={1} />
    <ReferenceInput source="required_step_id" reference="steps" sort={{ field: 'position', order: 'ASC' }}>
      <AutocompleteInput optionText="label" parse={(value: string) => (value === '' ? null : value)} />
    </ReferenceInput>
  </>
);
