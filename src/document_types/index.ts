import DescriptionIcon from '@mui/icons-material/Description';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./DocumentTypeList'), 'DocumentTypeList'),
  show: lazyPage(() => import('./DocumentTypeShow'), 'DocumentTypeShow'),
  edit: lazyPage(() => import('./DocumentTypeEdit'), 'DocumentTypeEdit'),
  create: lazyPage(() => import('./DocumentTypeCreate'), 'DocumentTypeCreate'),
  icon: DescriptionIcon,
  recordRepresentation: (record: RaRecord) => record.label as string,
};
