import PeopleIcon from '@mui/icons-material/People';
import type { RaRecord } from 'react-admin';
import { ProfileEdit } from './ProfileEdit';
import { ProfileList } from './ProfileList';
import { ProfileShow } from './ProfileShow';

export default {
  list: ProfileList,
  show: ProfileShow,
  edit: ProfileEdit,
  icon: PeopleIcon,
  recordRepresentation: (record: RaRecord) => String(record.full_name || record.email || record.id),
};
