import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext, type FieldProps } from 'react-admin';
import { formatMinorUnits } from './money';

export interface MoneyFieldProps extends FieldProps {
  source: string;
  currencySource?: string;
}

/** An amount stored in minor units, shown with its currency in the user's locale. */
export const MoneyField = ({ source, currencySource = 'currency' }: MoneyFieldProps) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatMinorUnits(record[source], record[currencySource], locale)}
    </Typography>
  );
};
