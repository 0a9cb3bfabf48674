import { ReferenceField, ReferenceInput } from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ResourceList } from '../common/ResourceList';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { useDocumentExporter } from './exporter';

const documentFilters = [
  <EnumInput key="status" source="status" enumName="document_status" alwaysOn />,
  <ReferenceInput key="document_type_id" source="document_type_id" reference="document_types" alwaysOn />,
  <ReferenceInput key="dossier_id" source="dossier_id" reference="dossiers" />,
];

export const DocumentList = () => (
  <ResourceList filters={documentFilters} sort={{ field: 'updated_at', order: 'DESC' }} exporter={useDocumentExporter()}>
    <ResponsiveDatagrid
      primaryText={<ReferenceField source="document_type_id" reference="document_types" link={false} />}
      secondaryText={<ReferenceField source="dossier_id" reference="dossiers" link={false} />}
      tertiaryText={<EnumField source="status" enumName="document_status" />}
    >
      <ReferenceField source="dossier_id" reference="dossiers" sortable={false} />
      <ReferenceField source="document_type_id" reference="document_types" link={false} sortBy="document_type.label" />
      <EnumField source="status" enumName="document_status" />
      <DateField source="updated_at" showTime />
    </ResponsiveDatagrid>
  </ResourceList>
);
