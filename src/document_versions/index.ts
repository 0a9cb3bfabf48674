import HistoryIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import { DocumentVersionList } from './DocumentVersionList';
import { DocumentVersionShow } from './DocumentVersionShow';

export default {
  list: DocumentVersionList,
  show: DocumentVersionShow,
  icon: HistoryIcon,
  recordRepresentation: (record: RaRecord) => `v${String(record.version_number ?? '?')} ${String(record.file_name ?? '')}`.trim(),
};
