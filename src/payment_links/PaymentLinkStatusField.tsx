import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { paymentLinkStatus, type PaymentLinkStatus } from './status';

const COLORS: Record<PaymentLinkStatus, 'success' | 'default' | 'warning' | 'error'> = {
  active: 'success',
  used: 'default',
  expired: 'warning',
  cancelled: 'error',
};

export const PaymentLinkStatusField = (_props: Partial<FieldProps>) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const status = record ? paymentLinkStatus(record) : null;
  if (!status) return null;
  return <Chip size="small" color={COLORS[status]} label={translate(`app.enums.payment_link_status.${status}`)} />;
};
