import ChatIcon from '@mui/icons-material/Chat';
import type { RaRecord } from 'react-admin';
import { MessageCreate } from './MessageCreate';
import { MessageList } from './MessageList';
import { MessageShow } from './MessageShow';

export default {
  list: MessageList,
  show: MessageShow,
  create: MessageCreate,
  icon: ChatIcon,
  recordRepresentation: (record: RaRecord) => String(record.body ?? '').slice(0, 40),
};
