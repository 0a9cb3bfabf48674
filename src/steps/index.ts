import ListAltIcon from '@mui/icons-material/ListAlt';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./StepList'), 'StepList'),
  show: lazyPage(() => import('./StepShow'), 'StepShow'),
  edit: lazyPage(() => import('./StepEdit'), 'StepEdit'),
  create: lazyPage(() => import('./StepCreate'), 'StepCreate'),
  icon: ListAltIcon,
  recordRepresentation: (record: RaRecord) => record.label as string,
};
