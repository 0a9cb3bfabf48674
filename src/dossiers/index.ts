import FolderIcon from '@mui/icons-material/Folder';
import { dossierLabel } from '../common/referenceLabels';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./DossierList'), 'DossierList'),
  show: lazyPage(() => import('./DossierShow'), 'DossierShow'),
  edit: lazyPage(() => import('./DossierEdit'), 'DossierEdit'),
  icon: FolderIcon,
  recordRepresentation: dossierLabel,
};
