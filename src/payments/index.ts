/** Payment UI pieces for the Sales screens (wired by the payment_links and orders views). */
export { CheckoutLinkButton } from './CheckoutLinkButton';
export { CheckoutLinkPanel } from './CheckoutLinkPanel';
export { ConfirmActionButton } from './ConfirmActionButton';
export { PAYMENT_CANCELLED_PATH, PAYMENT_COMPLETE_PATH, PaymentCancelledPage, PaymentCompletePage } from './PaymentResultPage';
