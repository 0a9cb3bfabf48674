import DescriptionIcon from '@mui/icons-material/Description';
import type { RaRecord } from 'react-admin';
import { DocumentTypeCreate } from './DocumentTypeCreate';
import { DocumentTypeEdit } from './DocumentTypeEdit';
import { DocumentTypeList } from './DocumentTypeList';
import { DocumentTypeShow } from './DocumentTypeShow';

export default {
  list: DocumentTypeList,
  show: DocumentTypeShow,
  edit: DocumentTypeEdit,
  create: DocumentTypeCreate,
  icon: DescriptionIcon,
  recordRepresentation: (record: RaRecord) => record.label as string,
};
