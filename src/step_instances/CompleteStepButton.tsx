import DoneIcon from '@mui/icons-material/Done';
import { Box, Button, Typography } from '@mui/material';
import { useId, useState } from 'react';
import {
  useCanAccess,
  useDataProvider,
  useGetIdentity,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { completeStepBlocker } from '../payments/actionBlockers';
import type { BackOfficeDataProvider } from '../providers/dataProvider';

const ALL = { page: 1, perPage: 100 };

/**
 * The assignee (or an admin) completes a step; the database moves the dossier on. While the
 * documents the step requires are not all approved (the same rule as are_step_documents_complete)
 * the button is disabled and says so: "Documents: 0/1 approved".
 */
export const CompleteStepButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const reasonId = useId();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'step_instances', action: 'complete', record });
  const [pending, setPending] = useState(false);
  const enabled = !!record && record.status !== 'COMPLETED';
  const { data: requiredTypes, isPending: typesPending } = useGetList(
    'document_types',
    { filter: { required_step_id: record?.step_id }, pagination: ALL, sort: { field: 'id', order: 'ASC' } },
    { enabled },
  );
  const { data: approvedDocuments, isPending: documentsPending } = useGetList(
    'documents',
    { filter: { step_instance_id: record?.id, status: 'APPROVED' }, pagination: ALL, sort: { field: 'id', order: 'ASC' } },
    { enabled },
  );
  if (!record || !canAccess || record.status === 'COMPLETED') return null;
  if (identity?.role !== 'ADMIN' && record.assigned_to !== identity?.id) return null;
  const requiredIds = new Set((requiredTypes ?? []).map((type) => String(type.id)));
  const approvedIds = new Set((approvedDocuments ?? []).map((doc) => String(doc.document_type_id)).filter((id) => requiredIds.has(id)));
  const blocker = completeStepBlocker(record, { required: requiredIds.size, approved: approvedIds.size });
  const counting = typesPending || documentsPending;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <Button
        size="small"
        startIcon={<DoneIcon />}
        disabled={pending || counting || !!blocker}
        aria-describedby={blocker ? reasonId : undefined}
        onClick={async () => {
          setPending(true);
          try {
            await dataProvider.completeStepInstance(String(record.id));
            notify('app.steps.completed', { type: 'info' });
            refresh();
          } catch (error) {
            notify((error as Error).message, { type: 'error' });
          } finally {
            setPending(false);
          }
        }}
      >
        {translate('app.steps.complete')}
      </Button>
      {blocker && !counting ? (
        <Typography variant="caption" color="text.secondary" id={reasonId} data-testid="complete-blocked-reason">
          {translate(blocker.key, blocker.values)}
        </Typography>
      ) : null}
    </Box>
  );
};
