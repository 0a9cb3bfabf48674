import ListAltIcon from '@mui/icons-material/ListAlt';
import type { RaRecord } from 'react-admin';
import { StepCreate } from './StepCreate';
import { StepEdit } from './StepEdit';
import { StepList } from './StepList';
import { StepShow } from './StepShow';

export default {
  list: StepList,
  show: StepShow,
  edit: StepEdit,
  create: StepCreate,
  icon: ListAltIcon,
  recordRepresentation: (record: RaRecord) => record.label as string,
};
