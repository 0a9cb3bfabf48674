/**
 * payment-links: an agent creates a payment link (POST /payment-links), cancels one
 * (POST /payment-links/<id>/cancel) or gets a URL where it can be paid now
 * (POST /payment-links/<id>/checkout). The rules (who may sell, product active, e-mail, expiry)
 * live in SQL (public.create_payment_link / cancel_payment_link, called with the agent's token);
 * this function adds the Stripe Checkout Session.
 */
import { handle, HttpError, json, methodNotAllowed, subPath } from '../_shared/http.ts';
import { createLink } from './create-link.ts';
import { cancelLink } from './cancel-link.ts';
import { checkoutUrl } from './checkout-url.ts';

Deno.serve(
  handle(async (req) => {
    const path = subPath(req);
    if (path.length === 0) {
      if (req.method !== 'POST') throw methodNotAllowed(['POST']);
      return json(await createLink(req), 201);
    }
    if (path.length === 2 && path[1] === 'cancel') {
      if (req.method !== 'POST') throw methodNotAllowed(['POST']);
      return json(await cancelLink(req, path[0]!));
    }
    if (path.length === 2 && path[1] === 'checkout') {
      if (req.method !== 'POST') throw methodNotAllowed(['POST']);
      return json(await checkoutUrl(req, path[0]!));
    }
    throw new HttpError(404, 'Unknown route: POST /payment-links, /payment-links/<id>/cancel or /payment-links/<id>/checkout');
  }),
);
