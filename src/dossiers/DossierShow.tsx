import {
  Datagrid,
  EditButton,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { DossierTimeline } from '../operations';

export const DossierShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.dossiers.name">
        <ReferenceField source="user_id" reference="profiles" />
        <ReferenceField source="product_id" reference="products" emptyText="-" />
        <EnumField source="type" enumName="dossier_type" />
        <EnumField source="status" enumName="dossier_status_code" />
        <ReferenceField source="current_step_instance_id" reference="step_instances" emptyText="-" link="show" />
        <DateField source="created_at" showTime />
        <DateField source="completed_at" showTime emptyText="-" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.step_instances.name" path="steps">
        <ReferenceManyField reference="step_instances" target="dossier_id" sort={{ field: 'created_at', order: 'ASC' }}>
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>-</span>}>
            <ReferenceField source="step_id" reference="steps" link={false} />
            <EnumField source="status" enumName="step_instance_status" />
            <ReferenceField source="assigned_to" reference="agents" emptyText="-" />
            <DateField source="started_at" showTime emptyText="-" />
            <DateField source="completed_at" showTime emptyText="-" />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.documents.name" path="documents">
        <ReferenceManyField reference="documents" target="dossier_id" sort={{ field: 'created_at', order: 'ASC' }}>
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>-</span>}>
            <ReferenceField source="document_type_id" reference="document_types" link={false} />
            <EnumField source="status" enumName="document_status" />
            <DateField source="updated_at" showTime />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.messages.name" path="messages">
        <ReferenceManyField reference="messages" target="dossier_id" sort={{ field: 'created_at', order: 'DESC' }}>
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>-</span>}>
            <DateField source="created_at" showTime />
            <EnumField source="sender_type" enumName="actor_type" />
            <TextField source="body" />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.timeline" path="history">
        <ReferenceManyField
          reference="dossier_status_history"
          target="dossier_id"
          sort={{ field: 'created_at', order: 'DESC' }}
        >
          <Datagrid bulkActionButtons={false} empty={<span>-</span>}>
            <DateField source="created_at" showTime label="resources.dossiers.fields.updated_at" />
            <EnumField source="old_status" enumName="dossier_status_code" emptyText="-" label="app.history.old_status" />
            <EnumField source="new_status" enumName="dossier_status_code" label="app.history.new_status" />
            <EnumField source="changed_by_type" enumName="actor_type" emptyText="-" label="app.history.changed_by" />
          </Datagrid>
        </ReferenceManyField>
        <DossierTimeline />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
