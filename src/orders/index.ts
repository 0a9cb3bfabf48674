import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import { orderLabel } from '../common/referenceLabels';
import { OrderList } from './OrderList';
import { OrderShow } from './OrderShow';

export default {
  list: OrderList,
  show: OrderShow,
  icon: ShoppingCartIcon,
  recordRepresentation: orderLabel,
};
