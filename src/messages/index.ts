import ChatIcon from '@mui/icons-material/Chat';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./MessageList'), 'MessageList'),
  show: lazyPage(() => import('./MessageShow'), 'MessageShow'),
  create: lazyPage(() => import('./MessageCreate'), 'MessageCreate'),
  icon: ChatIcon,
  recordRepresentation: (record: RaRecord) => String(record.body ?? '').slice(0, 40),
};
