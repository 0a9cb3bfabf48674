import { Constants, type Enums } from '../types/database.types';

/** A payment link's state, as the database computes it: public.status(payment_links). */
export type PaymentLinkStatus = Enums<'payment_link_status'>;
export const PAYMENT_LINK_STATUSES: readonly PaymentLinkStatus[] = Constants.public.Enums.payment_link_status;

const isPaymentLinkStatus = (value: unknown): value is PaymentLinkStatus =>
  typeof value === 'string' && (PAYMENT_LINK_STATUSES as readonly string[]).includes(value);

/**
 * The record's `status`, the computed field the data provider asks PostgREST for (never derived
 * here from the timestamps); null when the record was fetched without it.
 */
export const paymentLinkStatus = (link: { readonly [column: string]: unknown }): PaymentLinkStatus | null =>
  isPaymentLinkStatus(link.status) ? link.status : null;
