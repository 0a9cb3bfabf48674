/**
 * Starts the local stack's services in order and stops them in reverse order: on Ctrl-C
 * (SIGINT/SIGTERM), on a failure half-way through start-up, when a service cannot be brought back,
 * or when the caller asks. Services that are child processes (PostgreSQL, PostgREST) are watched
 * and restarted when they crash; what a crashed previous run left running is stopped first.
 */
import type { StackConfig } from './config';
import { acquireLock } from './lock';
import { createLogger } from './log';
import { stopLeftoverChildren } from './child-records';
import { prepareDatabase } from './database';
import { seedDemo } from './demo';
import { initCluster, startPostgres, stopLeftoverPostmaster } from './services/postgres';
import { startPostgrest } from './services/postgrest';
import { startGateway } from './services/gateway';
import { startMail } from './services/mail/index';
import { startAuth } from './services/auth/index';
import { startStorage } from './services/storage/index';
import { startCheckout } from './services/checkout/index';
import { startFunctions } from './services/functions/index';
import { startSpa, type SpaMode } from './services/vite';
import type { RunningService } from './services/types';
import { SupervisedService, type RestartPolicy, type ServiceGaveUpError } from './supervised-service';

const log = createLogger('stack');

export interface StartOptions {
  /** Serve the SPA: Vite dev server, a production build, or not at all. */
  spa?: SpaMode | false;
  /** On a fresh database, add the deterministic demo data set (`npm run seed:demo -- --scale small`). */
  demoData?: boolean;
  /** Install SIGINT/SIGTERM handlers that stop everything and exit. */
  handleSignals?: boolean;
  /** How crashed services are restarted (default: DEFAULT_RESTART_POLICY). */
  restartPolicy?: RestartPolicy;
}

export interface RunningStack {
  config: StackConfig;
  /** true when the database was created by this start (seeded). */
  fresh: boolean;
  /** Settles when a service could not be brought back; by then everything has been stopped. */
  failed: Promise<ServiceGaveUpError>;
  stop(): Promise<void>;
}

/** Stops what a previous run that was killed (or lost power) left running on this data folder. */
async function stopLeftovers(config: StackConfig): Promise<void> {
  await stopLeftoverChildren(config.dataDir, log);
  await stopLeftoverPostmaster(config);
}

export async function startStack(config: StackConfig, options: StartOptions = {}): Promise<RunningStack> {
  const releaseLock = acquireLock(config.dataDir);
  const started: (RunningService | SupervisedService)[] = [];
  const supervised: SupervisedService[] = [];
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      for (const service of supervised) service.holdRestarts();
      for (const service of [...started].reverse()) {
        await service.stop().catch((error) => log.error(`stopping ${service.name}: ${String(error)}`));
      }
      releaseLock();
    })());

  let reportFailure: (error: ServiceGaveUpError) => void = () => undefined;
  const failed = new Promise<ServiceGaveUpError>((resolve) => (reportFailure = resolve));
  const hooks = {
    // PostgREST and the in-process services reconnect by themselves once PostgreSQL is back
    // (measured by stack/cli/recovery.test.ts), so nothing else needs restarting.
    restarted: async () => undefined,
    gaveUp: (error: ServiceGaveUpError) => {
      log.error(`${error.message}; stopping everything`);
      void stop().then(() => reportFailure(error));
    },
  };
  const watched = async (name: string, start: () => Promise<RunningService>) => {
    const service = new SupervisedService(name, start, hooks, createLogger(name), options.restartPolicy);
    supervised.push(service);
    started.push(service);
    await service.start();
  };

  // A terminal's Ctrl-C reaches every process of the group (npm and this one), so the same signal
  // can arrive more than once: the first one stops the stack, the others wait for it.
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    log.info(`${signal} received, stopping…`);
    void stop().then(() => {
      log.info('everything stopped');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  };
  if (options.handleSignals) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }

  try {
    await stopLeftovers(config);
    const fresh = await initCluster(config);
    await watched('postgres', () => startPostgres(config));
    await prepareDatabase(config, { seed: fresh });
    if (fresh && options.demoData) await seedDemo(config.dbUrl, 'small');
    await watched('postgrest', () => startPostgrest(config));
    for (const start of [startMail, startAuth, startStorage, startCheckout, startFunctions]) {
      started.push(await start(config));
    }
    started.push(await startGateway(config));
    if (options.spa) started.push(await startSpa(config, options.spa));
    return { config, fresh, failed, stop };
  } catch (error) {
    await stop();
    if (options.handleSignals) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    throw error;
  }
}
