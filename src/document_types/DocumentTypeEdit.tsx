import { Edit, SimpleForm } from 'react-admin';
import { DocumentTypeInputs } from './DocumentTypeInputs';

export const DocumentTypeEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <DocumentTypeInputs />
    </SimpleForm>
  </Edit>
);
