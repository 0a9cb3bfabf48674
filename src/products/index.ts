import Inventory2Icon from '@mui/icons-material/Inventory2';
import type { RaRecord } from 'react-admin';
import { ProductCreate } from './ProductCreate';
import { ProductEdit } from './ProductEdit';
import { ProductList } from './ProductList';
import { ProductShow } from './ProductShow';

export default {
  list: ProductList,
  show: ProductShow,
  edit: ProductEdit,
  create: ProductCreate,
  icon: Inventory2Icon,
  recordRepresentation: (record: RaRecord) => record.name as string,
};
