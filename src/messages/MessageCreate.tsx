import { AutocompleteInput, Create, ReferenceInput, SimpleForm, TextInput, maxLength, required } from 'react-admin';

const bodyValidators = [required(), maxLength(5000)];

/** An agent writes to a dossier's customer; the database stamps the sender (AGENT, own id). */
export const MessageCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ReferenceInput source="dossier_id" reference="dossiers">
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <TextInput source="body" multiline minRows={4} fullWidth validate={bodyValidators} />
    </SimpleForm>
  </Create>
);
