/**
 * payment-reminders:
 * - POST /payment-reminders (scheduler; Bearer CRON_SECRET, refused when none is configured):
 *   claims the due reminders in SQL (cadence window, maximum count, overlapping runs safe), then
 *   e-mails each one. Optional body { "order_ids": [...] } limits the run to some orders.
 * - POST /payment-reminders/send-now { order_id } (MANAGER, ADMIN): one reminder now.
 * - GET /payment-reminders/click/<reminder id>: the tracked link of the e-mail; records the
 *   click and redirects to a payable Checkout Session of the payment link.
 */
import { handle, HttpError, json, methodNotAllowed, subPath } from '../_shared/http.ts';
import { followReminderClick } from './click.ts';
import { runScheduledReminders, sendReminderNow } from './run.ts';

Deno.serve(
  handle(async (req) => {
    const path = subPath(req);
    if (path.length === 0) {
      if (req.method !== 'POST') throw methodNotAllowed(['POST']);
      return json(await runScheduledReminders(req));
    }
    if (path.length === 1 && path[0] === 'send-now') {
      if (req.method !== 'POST') throw methodNotAllowed(['POST']);
      return json(await sendReminderNow(req));
    }
    if (path.length === 2 && path[0] === 'click') {
      if (req.method !== 'GET') throw methodNotAllowed(['GET']);
      return followReminderClick(path[1]!);
    }
    throw new HttpError(
      404,
      'Unknown route: POST /payment-reminders, POST /payment-reminders/send-now or GET /payment-reminders/click/<id>',
    );
  }),
);
