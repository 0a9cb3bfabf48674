import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import { lazyPage } from '../common/lazyPage';

export default {
  list: lazyPage(() => import('./PaymentReminderList'), 'PaymentReminderList'),
  show: lazyPage(() => import('./PaymentReminderShow'), 'PaymentReminderShow'),
  icon: NotificationsActiveIcon,
};
