import { Datagrid, ReferenceField, ReferenceInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ResourceList } from '../common/ResourceList';

const documentFilters = [
  <EnumInput key="status" source="status" enumName="document_status" alwaysOn />,
  <ReferenceInput key="document_type_id" source="document_type_id" reference="document_types" alwaysOn />,
  <ReferenceInput key="dossier_id" source="dossier_id" reference="dossiers" />,
];

export const DocumentList = () => (
  <ResourceList filters={documentFilters} sort={{ field: 'updated_at', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceField source="dossier_id" reference="dossiers" />
      <ReferenceField source="document_type_id" reference="document_types" link={false} />
      <EnumField source="status" enumName="document_status" />
      <DateField source="updated_at" showTime />
    </Datagrid>
  </ResourceList>
);
