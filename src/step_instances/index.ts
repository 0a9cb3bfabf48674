import AssignmentIcon from '@mui/icons-material/Assignment';
import { stepInstanceLabel } from '../common/referenceLabels';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./StepInstanceList'), 'StepInstanceList'),
  show: lazyPage(() => import('./StepInstanceShow'), 'StepInstanceShow'),
  edit: lazyPage(() => import('./StepInstanceEdit'), 'StepInstanceEdit'),
  icon: AssignmentIcon,
  recordRepresentation: stepInstanceLabel,
};
