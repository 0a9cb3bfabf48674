/**
 * The URL a prospect opens to pay: the payment-links function's public checkout entry point,
 * keyed by the link's unguessable token.
 */
export const checkoutUrlFor = (apiUrl: string, token: string) =>
  `${apiUrl.replace(/\/+$/, '')}/functions/v1/payment-links/${encodeURIComponent(token)}/checkout`;
