import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import { orderLabel } from '../common/referenceLabels';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./OrderList'), 'OrderList'),
  show: lazyPage(() => import('./OrderShow'), 'OrderShow'),
  icon: ShoppingCartIcon,
  recordRepresentation: orderLabel,
};
