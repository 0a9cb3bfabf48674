/**
 * No enumeration by timing: known and unknown addresses take the same time on /recover and on a
 * failed password sign-in. Compared as medians of interleaved requests, within a ratio, so a busy
 * machine slows both sides alike (before the fix: /recover 180-290 ms known vs 5-7 ms unknown).
 */
import { describe, expect, it } from 'vitest';
import { getStack } from '../../testing/context';
import { anonClient, createConfirmedUser, serviceClient, uniqueEmail } from './test-helpers';

const SAMPLES = 15;
/** Known/unknown median ratio allowed either way. */
const MAX_RATIO = 2;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Interleaves known and unknown requests; returns both medians (ms). */
async function compare(known: (i: number) => Promise<unknown>, unknown: (i: number) => Promise<unknown>) {
  const knownTimes: number[] = [];
  const unknownTimes: number[] = [];
  await known(-1); // warm-up (connections, caches)
  await unknown(-1);
  for (let i = 0; i < SAMPLES; i++) {
    knownTimes.push(await timed(() => known(i)));
    unknownTimes.push(await timed(() => unknown(i)));
  }
  return { known: median(knownTimes), unknown: median(unknownTimes) };
}

function expectAlike(label: string, medians: { known: number; unknown: number }) {
  const ratio = Math.max(medians.known, medians.unknown) / Math.max(1, Math.min(medians.known, medians.unknown));
  console.info(
    `${label}: median known ${medians.known.toFixed(1)} ms, unknown ${medians.unknown.toFixed(1)} ms (ratio ${ratio.toFixed(2)})`,
  );
  expect(ratio).toBeLessThan(MAX_RATIO);
}

/** POST straight through the gateway, so only the request itself is timed. */
const post = (path: string, body: unknown) =>
  fetch(`${getStack().apiUrl}/auth/v1${path}`, {
    method: 'POST',
    headers: { apikey: getStack().anonKey, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then(async (response) => ({ status: response.status, body: await response.text() }));

describe('auth: known and unknown addresses answer alike', () => {
  it('/recover: same answer, same time', async () => {
    const admin = serviceClient();
    const users = await Promise.all(Array.from({ length: SAMPLES + 1 }, (_, i) => createConfirmedUser(admin, `timing-${i}`)));
    const answers = new Set<string>();
    const medians = await compare(
      async (i) => answers.add(JSON.stringify(await post('/recover', { email: users[i + 1].email }))),
      async () => answers.add(JSON.stringify(await post('/recover', { email: uniqueEmail('timing-unknown') }))),
    );
    expect([...answers]).toEqual([JSON.stringify({ status: 200, body: '{}' })]);
    expectAlike('/recover', medians);
  }, 120_000);

  it('password sign-in: a wrong password for a known address and any password for an unknown one', async () => {
    const user = await createConfirmedUser(serviceClient(), 'timing-signin');
    const client = anonClient();
    const codes = new Set<string | undefined>();
    const medians = await compare(
      async () => codes.add((await client.auth.signInWithPassword({ email: user.email, password: 'wrong-password-1' })).error?.code),
      async () =>
        codes.add((await client.auth.signInWithPassword({ email: uniqueEmail('nobody'), password: 'wrong-password-1' })).error?.code),
    );
    expect([...codes]).toEqual(['invalid_credentials']);
    expectAlike('password sign-in', medians);
  }, 120_000);
});
