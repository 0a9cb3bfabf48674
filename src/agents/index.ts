import BadgeIcon from '@mui/icons-material/Badge';
import type { RaRecord } from 'react-admin';
import { AgentCreate } from './AgentCreate';
import { AgentEdit } from './AgentEdit';
import { AgentList } from './AgentList';
import { AgentShow } from './AgentShow';

export default {
  list: AgentList,
  show: AgentShow,
  edit: AgentEdit,
  create: AgentCreate,
  icon: BadgeIcon,
  recordRepresentation: (record: RaRecord) => String(record.full_name || record.email || record.id),
};
