/** The local stand-in for pg_cron: calls payment-reminders with the cron secret, never overlapping. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { reminderIntervalMs, startReminderScheduler } from './reminder-scheduler';

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function fakeFunctionsHost(delayMs: number) {
  const calls: { method?: string; url?: string; authorization?: string; at: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = http.createServer((req, res) => {
    calls.push({ method: req.method, url: req.url, authorization: req.headers.authorization, at: Date.now() });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      res.end('{"sent":0}');
    }, delayMs);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, calls, maxInFlight: () => maxInFlight };
}

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

  it('POSTs /payment-reminders with the bearer secret on every tick, one run at a time', async () => {
    const host = await fakeFunctionsHost(120);
    const config = loadConfig({ CRON_SECRET: 'tick-secret' }, { ports: { functions: host.port } });
    const scheduler = startReminderScheduler(config, () => {}, 30);
    await new Promise((resolve) => setTimeout(resolve, 500));
    scheduler.stop();
    const count = host.calls.length;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(5); // 30 ms ticks, 120 ms runs: overlapping ticks are skipped
    expect(host.maxInFlight()).toBe(1);
    expect(host.calls[0]).toMatchObject({ method: 'POST', url: '/payment-reminders', authorization: 'Bearer tick-secret' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(host.calls.length).toBe(count); // stopped
  });

  it('never calls without a secret', async () => {
    const host = await fakeFunctionsHost(0);
    const scheduler = startReminderScheduler(loadConfig({}, { ports: { functions: host.port } }), () => {}, 20);
    await new Promise((resolve) => setTimeout(resolve, 150));
    scheduler.stop();
    expect(host.calls).toEqual([]);
  });
});
