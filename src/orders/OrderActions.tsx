import CancelIcon from '@mui/icons-material/Cancel';
import UndoIcon from '@mui/icons-material/Undo';
import { Button } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { BackOfficeDataProvider } from '../providers/dataProvider';

const OrderActionButton = ({
  action,
  visibleWhen,
  label,
  done,
  icon,
  run,
}: {
  action: 'refund' | 'cancel';
  visibleWhen: string;
  label: string;
  done: string;
  icon: ReactNode;
  run: (dp: BackOfficeDataProvider, id: string) => Promise<unknown>;
}) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<BackOfficeDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'orders', action, record });
  const [pending, setPending] = useState(false);
  if (!record || !canAccess || record.status !== visibleWhen) return null;
  return (
    <Button
      size="small"
      color="warning"
      startIcon={icon}
      disabled={pending}
      onClick={async () => {
        if (!window.confirm(`${translate(label)}?`)) return;
        setPending(true);
        try {
          await run(dataProvider, String(record.id));
          notify(done, { type: 'info' });
          refresh();
        } catch (error) {
          notify((error as Error).message, { type: 'error' });
        } finally {
          setPending(false);
        }
      }}
    >
      {translate(label)}
    </Button>
  );
};

export const RefundOrderButton = () => (
  <OrderActionButton
    action="refund"
    visibleWhen="PAID"
    label="app.orders.refund"
    done="app.orders.refunded"
    icon={<UndoIcon />}
    run={(dp, id) => dp.refundOrder(id)}
  />
);

export const CancelOrderButton = () => (
  <OrderActionButton
    action="cancel"
    visibleWhen="PENDING"
    label="app.orders.cancel"
    done="app.orders.cancelled"
    icon={<CancelIcon />}
    run={(dp, id) => dp.cancelOrder(id)}
  />
);
