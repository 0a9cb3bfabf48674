/**
 * Crash recovery of `npm start`, with real processes and real signals on one stack: PostgREST
 * killed, PostgreSQL killed and stopped, each back within 10 s (REST and login through the
 * gateway); then PostgreSQL made unable to start: `npm start` says so, stops everything, exits 1.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanUp,
  describeProcesses,
  login,
  postmasterPid,
  prepareRun,
  restStatus,
  servicePid,
  startCli,
  timeUntil,
  waitForNoLeftovers,
  type StackRun,
  type StartedCli,
} from '../testing/stack-process';

let run: StackRun;
let cli: StartedCli;

/** REST and login both answer 200 again; the milliseconds it took. */
async function timeUntilServing(timeoutMs: number): Promise<number> {
  return timeUntil(
    'REST and login answering',
    async () => {
      const session = await login(run);
      return session.status === 200 && (await restStatus(run, session.token!)) === 200;
    },
    timeoutMs,
  );
}

/** Kills or stops PostgreSQL; the time until it is back (from the log) and until it serves again. */
async function postgresOutage(signal: NodeJS.Signals) {
  const pid = postmasterPid(run);
  const before = cli.output().length;
  const killedAt = Date.now();
  process.kill(pid, signal);
  await timeUntil('PostgreSQL restarted', async () => cli.output().slice(before).includes('postgres is back'), 30_000);
  const backAfter = Date.now() - killedAt;
  const servingAfter = await timeUntilServing(10_000);
  return { pid, backAfter, servingAfter, log: cli.output().slice(before) };
}

describe('npm start recovers crashed services', () => {
  beforeAll(async () => {
    run = await prepareRun();
    cli = startCli(run, { via: 'node' });
    await cli.waitForOutput('Ready in');
    expect(await timeUntilServing(10_000)).toBeLessThan(10_000);
  }, 180_000);
  afterAll(async () => {
    await cleanUp(run);
  }, 60_000);

  it('restarts PostgREST killed with SIGKILL: REST answers again within 10 s', async () => {
    const pid = servicePid(run, 'postgrest');
    const session = await login(run);
    const before = cli.output().length;
    process.kill(pid, 'SIGKILL');
    const ms = await timeUntil('REST answering', async () => (await restStatus(run, session.token!)) === 200, 10_000);
    console.log(`PostgREST SIGKILLed: REST answering again after ${ms} ms`);
    const log = cli.output().slice(before);
    expect(log).toMatch(/postgrest stopped unexpectedly \(killed by SIGKILL\); its last output:\n.*PostgREST/);
    expect(servicePid(run, 'postgrest')).not.toBe(pid);
  }, 30_000);

  it('restarts PostgreSQL killed with SIGKILL: REST and login work again within 10 s', async () => {
    const outage = await postgresOutage('SIGKILL');
    console.log(`PostgreSQL SIGKILLed: back after ${outage.backAfter} ms, REST and login after ${outage.servingAfter} ms more`);
    expect(outage.log).toContain('postgres stopped unexpectedly (killed by SIGKILL)');
    expect(outage.servingAfter).toBeLessThan(10_000);
  }, 60_000);

  it('restarts PostgreSQL stopped from outside (fast shutdown): REST and login work again within 10 s', async () => {
    const outage = await postgresOutage('SIGINT');
    console.log(`PostgreSQL stopped: back after ${outage.backAfter} ms, REST and login after ${outage.servingAfter} ms more`);
    expect(outage.log).toContain('postgres stopped unexpectedly (exit code 0)');
    expect(outage.servingAfter).toBeLessThan(10_000);
  }, 60_000);

  it('keeps restarting PostgreSQL while it fails to start; once it starts, REST and login work within 10 s', async () => {
    await new Promise((r) => setTimeout(r, 10_500)); // up 10 s since the last test: counted as recovered
    const conf = path.join(run.dataDir, 'db', 'postgresql.conf');
    const original = readFileSync(conf, 'utf8');
    writeFileSync(conf, `${original}\nno_such_setting = on\n`);
    const before = cli.output().length;
    process.kill(postmasterPid(run), 'SIGKILL');
    const failures = () => cli.output().slice(before).split('restarting postgres failed').length - 1;
    await timeUntil('two failed restarts', async () => failures() >= 2, 30_000);
    writeFileSync(conf, original);
    await timeUntil('PostgreSQL restarted', async () => cli.output().slice(before).includes('postgres is back'), 30_000);
    const servingAfter = await timeUntilServing(10_000);
    console.log(`PostgreSQL back after ${failures()} failed restarts: REST and login after ${servingAfter} ms more`);
    expect(servingAfter).toBeLessThan(10_000);
  }, 60_000);

  it('gives up on a service that cannot come back: says so, stops everything and exits 1', async () => {
    // A setting PostgreSQL refuses: every restart fails until someone fixes the file.
    appendFileSync(path.join(run.dataDir, 'db', 'postgresql.conf'), '\nno_such_setting = on\n');
    const before = cli.output().length;
    process.kill(postmasterPid(run), 'SIGKILL');
    const { code } = await cli.exited;
    const log = cli.output().slice(before);
    expect(code).toBe(1);
    expect(log).toContain('unrecognized configuration parameter "no_such_setting"');
    expect(log).toMatch(/postgres could not be restarted after 5 attempts.*stopping everything/s);
    expect(log).toContain('The local stack stopped: postgres could not be restarted');
    const { left } = await waitForNoLeftovers(run, 10_000);
    expect(left, describeProcesses(left)).toEqual([]);
  }, 90_000);
});
