import HistoryIcon from '@mui/icons-material/History';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./DocumentVersionList'), 'DocumentVersionList'),
  show: lazyPage(() => import('./DocumentVersionShow'), 'DocumentVersionShow'),
  icon: HistoryIcon,
  recordRepresentation: (record: RaRecord) => `v${String(record.version_number ?? '?')} ${String(record.file_name ?? '')}`.trim(),
};
