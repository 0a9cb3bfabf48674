import type { FC } from 'react';
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { paymentLinkStatus, type PaymentLinkStatus } from './status';

const COLORS: Record<PaymentLinkStatus, 'success' | 'default' | 'warning' | 'error'> = {
  active: 'success',
  used: 'default',
  expired: 'warning',
  cancelled: 'error',
};

/** Datagrid passes `label` and `source`; the chip reads the record's computed `status`. */
export const PaymentLinkStatusField: FC<Partial<FieldProps>> = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const status = record ? paymentLinkStatus(record) : null;
  if (!status) return null;
  return <Chip size="small" color={COLORS[status]} label={translate(`app.enums.payment_link_status.${status}`)} />;
};
