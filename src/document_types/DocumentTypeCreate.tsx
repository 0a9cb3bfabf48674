import { Create, SimpleForm } from 'react-admin';
import { DocumentTypeInputs } from './DocumentTypeInputs';

export const DocumentTypeCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ allowed_extensions: ['pdf', 'jpg', 'png'], max_file_size_mb: 10 }}>
      <DocumentTypeInputs />
    </SimpleForm>
  </Create>
);
