import FolderIcon from '@mui/icons-material/Folder';
import type { RaRecord } from 'react-admin';
import { shortId } from '../common/shortId';
import { DossierEdit } from './DossierEdit';
import { DossierList } from './DossierList';
import { DossierShow } from './DossierShow';

export default {
  list: DossierList,
  show: DossierShow,
  edit: DossierEdit,
  icon: FolderIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.type ?? '')} #${shortId(record.id)}`,
};
