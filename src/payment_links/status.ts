export type PaymentLinkStatus = 'active' | 'used' | 'expired' | 'cancelled';

interface PaymentLinkLike {
  used_at?: string | null;
  cancelled_at?: string | null;
  expires_at?: string | null;
  [column: string]: unknown;
}

/** A payment link's status, derived from its timestamps (same rules as the status filter). */
export const paymentLinkStatus = (link: PaymentLinkLike, now: Date = new Date()): PaymentLinkStatus => {
  if (link.cancelled_at) return 'cancelled';
  if (link.used_at) return 'used';
  if (link.expires_at && new Date(link.expires_at).getTime() <= now.getTime()) return 'expired';
  return 'active';
};
