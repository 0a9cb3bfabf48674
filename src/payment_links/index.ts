import LinkIcon from '@mui/icons-material/Link';
import type { RaRecord } from 'react-admin';
import { PaymentLinkCreate } from './PaymentLinkCreate';
import { PaymentLinkList } from './PaymentLinkList';
import { PaymentLinkShow } from './PaymentLinkShow';

export default {
  list: PaymentLinkList,
  show: PaymentLinkShow,
  create: PaymentLinkCreate,
  icon: LinkIcon,
  recordRepresentation: (record: RaRecord) => record.prospect_email as string,
};
