import ArticleIcon from '@mui/icons-material/Article';
import type { RaRecord } from 'react-admin';
import { shortId } from '../common/shortId';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./DocumentList'), 'DocumentList'),
  show: lazyPage(() => import('./DocumentShow'), 'DocumentShow'),
  icon: ArticleIcon,
  recordRepresentation: (record: RaRecord) => `#${shortId(record.id)}`,
};
