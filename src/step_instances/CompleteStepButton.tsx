import DoneIcon from '@mui/icons-material/Done';
import { Button } from '@mui/material';
import { useState } from 'react';
import {
  useCanAccess,
  useDataProvider,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { BackOfficeDataProvider } from '../providers/dataProvider';

/** The assignee (or an admin) completes a step; the database moves the dossier on. */
export const CompleteStepButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'step_instances', action: 'complete', record });
  const [pending, setPending] = useState(false);
  if (!record || !canAccess || record.status === 'COMPLETED') return null;
  if (identity?.role !== 'ADMIN' && record.assigned_to !== identity?.id) return null;
  return (
    <Button
      size="small"
      startIcon={<DoneIcon />}
      disabled={pending}
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
  );
};
