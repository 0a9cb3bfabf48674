import LinkIcon from '@mui/icons-material/Link';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./PaymentLinkList'), 'PaymentLinkList'),
  show: lazyPage(() => import('./PaymentLinkShow'), 'PaymentLinkShow'),
  create: lazyPage(() => import('./PaymentLinkCreate'), 'PaymentLinkCreate'),
  icon: LinkIcon,
  recordRepresentation: (record: RaRecord) => record.prospect_email as string,
};
