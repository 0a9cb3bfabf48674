import Inventory2Icon from '@mui/icons-material/Inventory2';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./ProductList'), 'ProductList'),
  show: lazyPage(() => import('./ProductShow'), 'ProductShow'),
  edit: lazyPage(() => import('./ProductEdit'), 'ProductEdit'),
  create: lazyPage(() => import('./ProductCreate'), 'ProductCreate'),
  icon: Inventory2Icon,
  recordRepresentation: (record: RaRecord) => record.name as string,
};
