import { useDataProvider, useNotify, useRecordContext, useRedirect, useRefresh, type RaRecord } from 'react-admin';
import type { BackOfficeDataProvider } from '../providers/dataProvider';

/**
 * The submit handler of an edit form whose changes go through functions rather than one
 * update (a dossier's status, an agent's role and activation): runs `apply` with the data
 * provider, then notifies (the message `apply` returns, else "updated"), refreshes and shows the
 * record; a refusal is notified (dbErrors' sentence) and the form stays as typed.
 */
export const useFunctionSave = (
  resource: string,
  apply: (args: {
    id: string;
    values: Partial<RaRecord>;
    record: RaRecord;
    dataProvider: BackOfficeDataProvider;
  }) => Promise<string | void>,
) => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const refresh = useRefresh();
  return async (values: Partial<RaRecord>) => {
    if (!record) return;
    const id = String(record.id);
    try {
      const message = await apply({ id, values, record, dataProvider });
      notify(message ?? 'ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
      refresh();
      redirect('show', resource, id);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
};
