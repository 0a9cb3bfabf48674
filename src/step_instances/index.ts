import AssignmentIcon from '@mui/icons-material/Assignment';
import type { RaRecord } from 'react-admin';
import { shortId } from '../common/shortId';
import { StepInstanceEdit } from './StepInstanceEdit';
import { StepInstanceList } from './StepInstanceList';
import { StepInstanceShow } from './StepInstanceShow';

export default {
  list: StepInstanceList,
  show: StepInstanceShow,
  edit: StepInstanceEdit,
  icon: AssignmentIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.status ?? '')} #${shortId(record.id)}`,
};
