import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import { PaymentReminderList } from './PaymentReminderList';
import { PaymentReminderShow } from './PaymentReminderShow';

export default {
  list: PaymentReminderList,
  show: PaymentReminderShow,
  icon: NotificationsActiveIcon,
};
