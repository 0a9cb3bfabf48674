import { NumberField, ReferenceField, ReferenceManyField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { SimpleShow } from '../common/SimpleShow';
import { EnumField } from '../common/EnumField';
import { RelatedDatagrid } from '../common/RelatedDatagrid';
import { ResourceNameLabel } from '../common/ResourceNameLabel';

export const DocumentShow = () => (
  <SimpleShow>
    <ReferenceField source="dossier_id" reference="dossiers" />
    <ReferenceField source="document_type_id" reference="document_types" link={false} />
    <ReferenceField source="step_instance_id" reference="step_instances" emptyText="-" />
    <EnumField source="status" enumName="document_status" />
    <DateField source="updated_at" showTime />
    <ReferenceManyField
      label={<ResourceNameLabel resource="document_versions" />}
      reference="document_versions"
      target="document_id"
      sort={{ field: 'version_number', order: 'DESC' }}
    >
      <RelatedDatagrid>
        <NumberField source="version_number" />
        <TextField source="file_name" emptyText="-" />
        <EnumField source="uploaded_by_type" enumName="actor_type" />
        <DateField source="uploaded_at" showTime />
      </RelatedDatagrid>
    </ReferenceManyField>
  </SimpleShow>
);
