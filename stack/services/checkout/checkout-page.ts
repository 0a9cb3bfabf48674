/** The local checkout page a prospect sees instead of Stripe Checkout (pay, decline, bank transfer, expire). */
import type { CheckoutSession } from './store.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

export function formatAmount(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(amount / 100);
}

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;background:#f6f9fc;margin:0;padding:40px 16px;color:#1a1f36}
main{max-width:440px;margin:auto;background:#fff;border-radius:8px;padding:28px;box-shadow:0 2px 8px #0002}
.amount{font-size:2rem;font-weight:600;margin:8px 0 20px}.note{color:#697386;font-size:.85rem}
.banner{background:#fde8e8;color:#9b1c1c;padding:10px;border-radius:6px;margin-bottom:16px}
.ok{background:#e3fcef;color:#0e6245}button{width:100%;padding:12px;margin-top:10px;border:0;border-radius:6px;font-size:1rem;cursor:pointer}
.primary{background:#635bff;color:#fff}.secondary{background:#e3e8ee}label{display:block;margin-top:12px;font-size:.9rem}
input{width:100%;box-sizing:border-box;padding:10px;margin-top:4px;border:1px solid #cfd7df;border-radius:6px}</style></head>
<body><main>${body}<p class="note">Local Stripe Checkout stand-in (test mode, no real payment).</p></main></body></html>`;
}

function actionButton(session: CheckoutSession, action: string, label: string, kind: 'primary' | 'secondary'): string {
  return `<form method="post" action="/pay/${session.id}/${action}"><button class="${kind}" type="submit">${escapeHtml(label)}</button></form>`;
}

export function renderCheckoutPage(session: CheckoutSession, message?: { text: string; ok?: boolean }): string {
  const banner = message ? `<div class="banner${message.ok ? ' ok' : ''}" role="alert">${escapeHtml(message.text)}</div>` : '';
  const head = `<h1>${escapeHtml(session._product_name)}</h1>
<div class="amount" data-testid="amount">${escapeHtml(formatAmount(session.amount_total, session.currency))}</div>
<p>Customer: <strong data-testid="customer-email">${escapeHtml(session.customer_email ?? '')}</strong></p>`;
  if (session.status === 'expired') {
    return layout('Checkout expired', `${head}${banner}<p data-testid="checkout-status">This checkout session has expired.</p>`);
  }
  if (session.status === 'complete' && session.payment_status === 'unpaid') {
    return layout(
      'Payment processing',
      `${head}${banner}<p data-testid="checkout-status">Bank transfer pending.</p>
${actionButton(session, 'async-succeed', 'Bank transfer arrives', 'primary')}
${actionButton(session, 'async-fail', 'Bank transfer fails', 'secondary')}`,
    );
  }
  if (session.status === 'complete') {
    return layout('Paid', `${head}${banner}<p data-testid="checkout-status">This checkout session is paid.</p>`);
  }
  const expires = new Date(session.expires_at * 1000).toISOString();
  return layout(
    'Checkout',
    `${head}${banner}
<form method="post" action="/pay/${session.id}/pay">
<label>Card number<input name="card" value="4242 4242 4242 4242" autocomplete="off"></label>
<label>Name on card<input name="name" value="${escapeHtml(session.customer_details?.name ?? '')}"></label>
<button class="primary" type="submit">Pay ${escapeHtml(formatAmount(session.amount_total, session.currency))}</button></form>
${actionButton(session, 'decline', 'Pay with a declined card', 'secondary')}
${actionButton(session, 'pay-async', 'Pay by bank transfer (asynchronous)', 'secondary')}
${actionButton(session, 'expire', 'Let the session expire', 'secondary')}
<p class="note">Expires at ${escapeHtml(expires)}.</p>`,
  );
}

export function renderNotFound(id: string): string {
  return layout('Not found', `<p>No such checkout session: ${escapeHtml(id)}</p>`);
}

export function renderDeliveryFailure(session: CheckoutSession, status: number, body: string): string {
  return layout(
    'Webhook failed',
    `<div class="banner" role="alert">The stripe-webhook function answered ${status}: ${escapeHtml(body.slice(0, 500))}</div>
<p>Stripe would retry this event later. <a href="/pay/${session.id}">Back to the session</a></p>`,
  );
}
