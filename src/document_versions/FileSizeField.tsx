import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext, type FieldProps } from 'react-admin';
import { formatFileSize } from '../common/fileSize';

export const FileSizeField = ({ source = 'file_size_bytes' }: FieldProps & { source?: string }) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {formatFileSize(record[source], locale) || '-'}
    </Typography>
  );
};
