import FolderIcon from '@mui/icons-material/Folder';
import { dossierLabel } from '../common/referenceLabels';
import { DossierEdit } from './DossierEdit';
import { DossierList } from './DossierList';
import { DossierShow } from './DossierShow';

export default {
  list: DossierList,
  show: DossierShow,
  edit: DossierEdit,
  icon: FolderIcon,
  recordRepresentation: dossierLabel,
};
