import ArticleIcon from '@mui/icons-material/Article';
import type { RaRecord } from 'react-admin';
import { shortId } from '../common/shortId';
import { DocumentList } from './DocumentList';
import { DocumentShow } from './DocumentShow';

export default {
  list: DocumentList,
  show: DocumentShow,
  icon: ArticleIcon,
  recordRepresentation: (record: RaRecord) => `#${shortId(record.id)}`,
};
