import PeopleIcon from '@mui/icons-material/People';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./ProfileList'), 'ProfileList'),
  show: lazyPage(() => import('./ProfileShow'), 'ProfileShow'),
  edit: lazyPage(() => import('./ProfileEdit'), 'ProfileEdit'),
  icon: PeopleIcon,
  recordRepresentation: (record: RaRecord) => String(record.full_name || record.email || record.id),
};
