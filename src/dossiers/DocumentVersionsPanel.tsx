import { Chip, Stack, Typography } from '@mui/material';
import {
  Datagrid,
  NumberField,
  RecordContextProvider,
  ReferenceField,
  ReferenceManyField,
  TextField,
  useListContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { EnumField } from '../common/EnumField';
import { ActorField } from './ActorField';

const decisionColor = (decision: unknown) => (decision === 'APPROVED' ? 'success' : decision === 'REJECTED' ? 'error' : 'default');

/** The reviews of one version: decision, reviewer, date and notes. */
const ReviewList = () => {
  const { data, isPending } = useListContext();
  const translate = useTranslate();
  if (isPending) return null;
  if (!data || data.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('app.dossier_detail.no_review')}
      </Typography>
    );
  }
  return (
    <Stack spacing={0.5}>
      {data.map((review) => (
        <RecordContextProvider key={review.id} value={review}>
          <Stack direction="row" spacing={1} alignItems="center" data-testid="document-review">
            <Chip size="small" color={decisionColor(review.decision)} label={<EnumField source="decision" enumName="document_status" />} />
            <ReferenceField source="reviewer_id" reference="agent_directory" link={false} emptyText="-" />
            <Typography variant="caption">
              <DateField source="created_at" showTime />
            </Typography>
            {review.notes ? <Typography variant="body2">{String(review.notes)}</Typography> : null}
          </Stack>
        </RecordContextProvider>
      ))}
    </Stack>
  );
};

/** Expand panel of a dossier's document: its versions, each with its reviews. */
export const DocumentVersionsPanel = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={1} sx={{ py: 1 }}>
      <Typography variant="subtitle2">{translate('app.dossier_detail.versions')}</Typography>
      <ReferenceManyField reference="document_versions" target="document_id" sort={{ field: 'version_number', order: 'DESC' }}>
        <Datagrid
          rowClick="show"
          bulkActionButtons={false}
          empty={
            <Typography variant="body2" color="text.secondary">
              {translate('app.dossier_detail.no_version')}
            </Typography>
          }
        >
          <NumberField source="version_number" />
          <TextField source="file_name" emptyText="-" />
          <ActorField typeSource="uploaded_by_type" idSource="uploaded_by_id" label="resources.document_versions.fields.uploaded_by_type" />
          <DateField source="uploaded_at" showTime />
          <ReferenceManyField
            label="app.dossier_detail.reviews"
            reference="document_reviews"
            target="document_version_id"
            sort={{ field: 'created_at', order: 'DESC' }}
          >
            <ReviewList />
          </ReferenceManyField>
        </Datagrid>
      </ReferenceManyField>
    </Stack>
  );
};
