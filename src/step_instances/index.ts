import AssignmentIcon from '@mui/icons-material/Assignment';
import { stepInstanceLabel } from '../common/referenceLabels';
import { StepInstanceEdit } from './StepInstanceEdit';
import { StepInstanceList } from './StepInstanceList';
import { StepInstanceShow } from './StepInstanceShow';

export default {
  list: StepInstanceList,
  show: StepInstanceShow,
  edit: StepInstanceEdit,
  icon: AssignmentIcon,
  recordRepresentation: stepInstanceLabel,
};
