import BadgeIcon from '@mui/icons-material/Badge';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./AgentList'), 'AgentList'),
  show: lazyPage(() => import('./AgentShow'), 'AgentShow'),
  edit: lazyPage(() => import('./AgentEdit'), 'AgentEdit'),
  create: lazyPage(() => import('./AgentCreate'), 'AgentCreate'),
  icon: BadgeIcon,
  recordRepresentation: (record: RaRecord) => String(record.full_name || record.email || record.id),
};
