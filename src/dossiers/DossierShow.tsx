import { Alert, Stack } from '@mui/material';
import {
  Datagrid,
  EditButton,
  Labeled,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { DossierStepProgress, DossierTimeline } from '../operations';
import { ActorField } from './ActorField';
import { DocumentVersionsPanel } from './DocumentVersionsPanel';
import { DossierMessages } from './DossierMessages';
import { useSellerOnlyView } from './useSellerOnlyView';

/** Says so when the agent sees the dossier only as its seller (read only). */
const SellerOnlyNotice = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { sellerOnly } = useSellerOnlyView(record?.id != null ? String(record.id) : undefined);
  if (!sellerOnly) return null;
  return (
    <Alert severity="info" data-testid="dossier-read-only" sx={{ mb: 1 }}>
      {translate('app.dossier_detail.read_only_seller')}
    </Alert>
  );
};

export const DossierShow = () => {
  const translate = useTranslate();
  /** Resource names are "One |||| Many": a tab shows the plural. */
  const plural = (resource: string) => translate(`resources.${resource}.name`, { smart_count: 2 });
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      {/* tabs scroll sideways on a phone instead of widening the page */}
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}>
        <TabbedShowLayout.Tab label={translate('resources.dossiers.name', { smart_count: 1 })}>
          <SellerOnlyNotice />
          <ReferenceField source="user_id" reference="profiles" />
          <ReferenceField source="product_id" reference="products" emptyText="-" />
          <EnumField source="type" enumName="dossier_type" />
          <EnumField source="status" enumName="dossier_status_code" />
          <ReferenceField source="current_step_instance_id" reference="step_instances" emptyText="-" link="show" />
          <DateField source="created_at" showTime />
          <DateField source="completed_at" showTime emptyText="-" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={plural('step_instances')} path="steps">
          <ReferenceManyField reference="step_instances" target="dossier_id" sort={{ field: 'workflow_position', order: 'ASC' }}>
            <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>-</span>}>
              <ReferenceField source="step_id" reference="steps" link={false} />
              <EnumField source="status" enumName="step_instance_status" />
              <ReferenceField source="assigned_to" reference="agent_directory" emptyText="-" />
              <DateField source="started_at" showTime emptyText="-" />
              <DateField source="completed_at" showTime emptyText="-" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={plural('documents')} path="documents">
          <ReferenceManyField reference="documents" target="dossier_id" sort={{ field: 'created_at', order: 'ASC' }}>
            <Datagrid rowClick="expand" expand={<DocumentVersionsPanel />} bulkActionButtons={false} empty={<span>-</span>}>
              <ReferenceField source="document_type_id" reference="document_types" link={false} />
              <EnumField source="status" enumName="document_status" />
              <DateField source="updated_at" showTime />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={plural('messages')} path="messages">
          <DossierMessages />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.timeline" path="history">
          <Stack spacing={2} sx={{ width: '100%' }}>
            <DossierStepProgress />
            <Labeled label="app.dossier_detail.status_history" fullWidth>
              <ReferenceManyField
                label="app.dossier_detail.status_history"
                reference="dossier_status_history"
                target="dossier_id"
                sort={{ field: 'created_at', order: 'DESC' }}
              >
                <Datagrid bulkActionButtons={false} empty={<span>-</span>}>
                  <DateField source="created_at" showTime label="resources.dossiers.fields.updated_at" />
                  <EnumField source="old_status" enumName="dossier_status_code" emptyText="-" label="app.history.old_status" />
                  <EnumField source="new_status" enumName="dossier_status_code" label="app.history.new_status" />
                  <ActorField typeSource="changed_by_type" idSource="changed_by_id" label="app.history.changed_by" />
                </Datagrid>
              </ReferenceManyField>
            </Labeled>
            <DossierTimeline />
          </Stack>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};
