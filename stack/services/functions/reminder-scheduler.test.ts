/** The local stand-in for pg_cron: calls payment-reminders with the cron secret, never overlapping. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR, loadConfig } from '../../config';
import { reminderIntervalMs, reminderScheduleNotice, startReminderScheduler } from './reminder-scheduler';
import { demoAccountsLine } from '../../demo-accounts';

/** A fetch that records each request and answers only when the test releases it. */
function heldFetch() {
  const calls: { url: string; method?: string; authorization?: string }[] = [];
  const release: (() => void)[] = [];
  const fetch = (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), method: init?.method, authorization: new Headers(init?.headers).get('authorization') ?? undefined });
    return new Promise<Response>((resolve) => release.push(() => resolve(new Response('{"sent":0}'))));
  };
  vi.stubGlobal('fetch', fetch);
  return { calls, releaseNext: () => release.shift()?.() };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('reminder scheduler', () => {
  it('is off without CRON_SECRET and in test stacks unless asked; reads the interval from the environment', () => {
    expect(reminderIntervalMs(loadConfig({}), {})).toBe(0);
    expect(reminderIntervalMs(loadConfig({ CRON_SECRET: 's' }), {})).toBe(300_000);
    expect(reminderIntervalMs(loadConfig({ CRON_SECRET: 's' }, { ephemeral: true }), {})).toBe(0);
    expect(reminderIntervalMs(loadConfig({ CRON_SECRET: 's' }), { PAYMENT_REMINDERS_INTERVAL_SECONDS: '60' })).toBe(60_000);
    expect(reminderIntervalMs(loadConfig({ CRON_SECRET: 's' }), { PAYMENT_REMINDERS_INTERVAL_SECONDS: '0' })).toBe(0);
    expect(() => reminderIntervalMs(loadConfig({ CRON_SECRET: 's' }), { PAYMENT_REMINDERS_INTERVAL_SECONDS: 'soon' })).toThrow(
      /PAYMENT_REMINDERS_INTERVAL_SECONDS/,
    );
  });

  it('POSTs /payment-reminders with the bearer secret on every tick, one run at a time, until stopped', async () => {
    const host = heldFetch();
    const config = loadConfig({ CRON_SECRET: 'tick-secret' }, { ports: { functions: 54321 } });
    const lines: string[] = [];
    const scheduler = startReminderScheduler(config, (line) => lines.push(line), 30);

    await vi.advanceTimersByTimeAsync(29);
    expect(host.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(host.calls).toEqual([
      { url: `http://${config.host}:54321/payment-reminders`, method: 'POST', authorization: 'Bearer tick-secret' },
    ]);

    await vi.advanceTimersByTimeAsync(300); // ten ticks while the first run is still answering: all skipped
    expect(host.calls).toHaveLength(1);

    host.releaseNext();
    await vi.advanceTimersByTimeAsync(0);
    expect(lines).toEqual(['[scheduler] payment-reminders -> 200 {"sent":0}']);
    await vi.advanceTimersByTimeAsync(30); // the next tick after the run finished calls again
    expect(host.calls).toHaveLength(2);

    scheduler.stop();
    host.releaseNext();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(host.calls).toHaveLength(2);
  });

  it('never calls without a secret', async () => {
    const host = heldFetch();
    const scheduler = startReminderScheduler(loadConfig({}, { ports: { functions: 54321 } }), () => {}, 20);
    await vi.advanceTimersByTimeAsync(3_000);
    scheduler.stop();
    expect(host.calls).toEqual([]);
  });

  it('says in the ready line whether reminders will be e-mailed, and when', () => {
    expect(reminderScheduleNotice(loadConfig({}), {})).toBe('payment reminders: not scheduled (CRON_SECRET unset)');
    expect(reminderScheduleNotice(loadConfig({ CRON_SECRET: 's' }), {})).toMatch(
      /CRON_SECRET is set, so due reminders are e-mailed .* every 300s, the first run 300s from now/,
    );
    expect(reminderScheduleNotice(loadConfig({ CRON_SECRET: 's' }), { PAYMENT_REMINDERS_INTERVAL_SECONDS: '0' })).toMatch(/not scheduled/);
  });
});

describe('demoAccountsLine', () => {
  it('lists all eight demo accounts of supabase/seed.sql', () => {
    const line = demoAccountsLine();
    const seeded = new Set(readFileSync(path.join(ROOT_DIR, 'supabase', 'seed.sql'), 'utf8').match(/[a-z0-9]+@example\.com/g));
    expect(seeded.size).toBe(8);
    for (const email of seeded) expect(line).toContain(`${email} (`);
  });
});
