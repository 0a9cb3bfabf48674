/**
 * Local stand-in for the hosted pg_cron + pg_net schedule: calls the payment-reminders function
 * with `Authorization: Bearer <CRON_SECRET>` every PAYMENT_REMINDERS_INTERVAL_SECONDS (default 300;
 * 0 disables). Off when no CRON_SECRET is configured (the function would refuse anyway) and in
 * throwaway test stacks, whose tests call the function themselves.
 */
import type { StackConfig } from '../../config.ts';

export interface Scheduler {
  stop(): void;
}

export function reminderIntervalMs(config: StackConfig, env: NodeJS.ProcessEnv = process.env): number {
  if (!config.cronSecret) return 0;
  const raw = env.PAYMENT_REMINDERS_INTERVAL_SECONDS;
  const seconds = raw === undefined || raw === '' ? (config.ephemeral ? 0 : 300) : Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`PAYMENT_REMINDERS_INTERVAL_SECONDS must be a number of seconds >= 0, got "${raw}"`);
  }
  return seconds * 1000;
}

/** What `npm start` says about the schedule, so nobody is surprised by reminder e-mails. */
export function reminderScheduleNotice(config: StackConfig, env: NodeJS.ProcessEnv = process.env): string {
  if (!config.cronSecret) return 'payment reminders: not scheduled (CRON_SECRET unset)';
  const ms = reminderIntervalMs(config, env);
  if (ms <= 0) return 'payment reminders: not scheduled (PAYMENT_REMINDERS_INTERVAL_SECONDS=0)';
  return `payment reminders: CRON_SECRET is set, so due reminders are e-mailed (to the mail catcher) every ${ms / 1000}s, the first run ${ms / 1000}s from now; PAYMENT_REMINDERS_INTERVAL_SECONDS=0 turns this off`;
}

export function startReminderScheduler(
  config: StackConfig,
  log: (line: string) => void,
  intervalMs = reminderIntervalMs(config),
): Scheduler {
  if (intervalMs <= 0 || !config.cronSecret) return { stop() {} };
  const url = `http://${config.host}:${config.ports.functions}/payment-reminders`;
  let running = false;
  const tick = async () => {
    if (running) return; // never overlap runs from this scheduler (the function is safe anyway)
    running = true;
    try {
      const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${config.cronSecret}` } });
      log(`[scheduler] payment-reminders -> ${res.status} ${await res.text()}`);
    } catch (error) {
      log(`[scheduler] payment-reminders failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
