import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import type { RaRecord } from 'react-admin';
import { shortId } from '../common/shortId';
import { OrderList } from './OrderList';
import { OrderShow } from './OrderShow';

export default {
  list: OrderList,
  show: OrderShow,
  icon: ShoppingCartIcon,
  recordRepresentation: (record: RaRecord) => `#${shortId(record.id)}`,
};
