/** Claiming and sending reminders (the claim is SQL: public.claim_payment_reminders). */
import type { SupabaseClient } from '@supabase/supabase-js';
import { requireAgent } from '../_shared/auth.ts';
import { requireCronSecret } from '../_shared/cron-auth.ts';
import { optionalEnv } from '../_shared/env.ts';
import { badRequest, HttpError, readJsonObject } from '../_shared/http.ts';
import { sendMail } from '../_shared/mailer.ts';
import { adminClient } from '../_shared/supabase.ts';
import { uuidField } from '../_shared/validate.ts';
import type { Database } from '../_shared/database.types.ts';
import { reminderMail } from './reminder-mail.ts';

/** A row of claim_payment_reminders (generated types; full_name may be null in practice). */
export type ClaimedReminder = Omit<Database['public']['Functions']['claim_payment_reminders']['Returns'][number], 'full_name'> & {
  full_name: string | null;
};

export interface RunResult {
  sent: number;
  failed: number;
  reminders: { reminder_id: string; order_id: string; email: string }[];
}

function positiveNumberEnv(name: string, fallback: number): number {
  const raw = optionalEnv(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new HttpError(500, `Server misconfiguration: ${name} must be a positive number`);
  return value;
}

async function claimAndSend(
  admin: SupabaseClient,
  params: { cadenceSeconds: number; maxCount: number; orderIds: string[] | null },
): Promise<RunResult> {
  const { data, error } = await admin.rpc('claim_payment_reminders', {
    p_cadence: `${params.cadenceSeconds} seconds`,
    p_max_count: params.maxCount,
    p_limit: 100,
    p_order_ids: params.orderIds,
  });
  if (error) throw new Error(`claiming reminders failed: ${error.code} ${error.message}`);
  const claimed = (data ?? []) as ClaimedReminder[];
  const result: RunResult = { sent: 0, failed: 0, reminders: [] };
  for (const reminder of claimed) {
    try {
      await sendMail(reminderMail(reminder));
      result.sent++;
      result.reminders.push({ reminder_id: reminder.reminder_id, order_id: reminder.order_id, email: reminder.email });
    } catch (mailError) {
      console.error(`reminder ${reminder.reminder_id} to ${reminder.email} failed:`, mailError);
      result.failed++;
      // Not sent: release the claim so that the next run tries again.
      const { error: releaseError } = await admin.rpc('release_payment_reminder', { p_reminder_id: reminder.reminder_id });
      if (releaseError) console.error(`releasing reminder ${reminder.reminder_id} failed: ${releaseError.message}`);
    }
  }
  return result;
}

function orderIdsFrom(body: Record<string, unknown>): string[] | null {
  if (body.order_ids === undefined || body.order_ids === null) return null;
  if (!Array.isArray(body.order_ids) || body.order_ids.length === 0) throw badRequest('order_ids must be a non-empty array of UUIDs');
  return body.order_ids.map((value, index) => uuidField({ [`order_ids[${index}]`]: value }, `order_ids[${index}]`));
}

export async function runScheduledReminders(req: Request): Promise<RunResult> {
  requireCronSecret(req);
  const hasBody = (req.headers.get('content-length') ?? '0') !== '0' || req.headers.has('transfer-encoding');
  const body = hasBody ? await readJsonObject(req) : {};
  return claimAndSend(adminClient(), {
    cadenceSeconds: positiveNumberEnv('REMINDER_CADENCE_HOURS', 48) * 3600,
    maxCount: Math.floor(positiveNumberEnv('REMINDER_MAX_COUNT', 3)),
    orderIds: orderIdsFrom(body),
  });
}

/** "Send now" from the back-office: ignores the cadence, but never twice within a minute. */
export async function sendReminderNow(req: Request): Promise<RunResult> {
  const admin = adminClient();
  await requireAgent(req, admin, ['MANAGER', 'ADMIN']);
  const orderId = uuidField(await readJsonObject(req), 'order_id');
  const result = await claimAndSend(admin, { cadenceSeconds: 60, maxCount: 1000, orderIds: [orderId] });
  if (result.sent === 0 && result.failed === 0) {
    throw new HttpError(
      409,
      'No reminder to send: the order is paid or its link can no longer be paid, or one was sent less than a minute ago',
    );
  }
  if (result.sent === 0) throw new HttpError(502, 'The reminder e-mail could not be sent; try again later');
  return result;
}
