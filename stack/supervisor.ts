/**
 * Starts the local stack's services in order and stops them in reverse order: on Ctrl-C
 * (SIGINT/SIGTERM), on a failure half-way through start-up, or when the caller asks.
 */
import type { StackConfig } from './config';
import { acquireLock } from './lock';
import { createLogger } from './log';
import { prepareDatabase } from './database';
import { seedDemo } from './demo';
import { initCluster, startPostgres } from './services/postgres';
import { startPostgrest } from './services/postgrest';
import { startGateway } from './services/gateway';
import { startMail } from './services/mail/index';
import { startAuth } from './services/auth/index';
import { startStorage } from './services/storage/index';
import { startCheckout } from './services/checkout/index';
import { startFunctions } from './services/functions/index';
import { startSpa, type SpaMode } from './services/vite';
import type { RunningService } from './services/types';

const log = createLogger('stack');

export interface StartOptions {
  /** Serve the SPA: Vite dev server, a production build, or not at all. */
  spa?: SpaMode | false;
  /** On a fresh database, add the deterministic demo data set (`npm run seed:demo -- --scale small`). */
  demoData?: boolean;
  /** Install SIGINT/SIGTERM handlers that stop everything and exit. */
  handleSignals?: boolean;
}

export interface RunningStack {
  config: StackConfig;
  /** true when the database was created by this start (seeded). */
  fresh: boolean;
  stop(): Promise<void>;
}

export async function startStack(config: StackConfig, options: StartOptions = {}): Promise<RunningStack> {
  const releaseLock = acquireLock(config.dataDir);
  const started: RunningService[] = [];
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      for (const service of [...started].reverse()) {
        await service.stop().catch((error) => log.error(`stopping ${service.name}: ${String(error)}`));
      }
      releaseLock();
    })());

  // A terminal's Ctrl-C reaches every process of the group (npm, tsx, this one), so the same signal
  // can arrive more than once: the first one stops the stack, the others wait for it.
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    log.info(`${signal} received, stopping…`);
    void stop().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  if (options.handleSignals) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }

  try {
    const fresh = await initCluster(config);
    started.push(await startPostgres(config));
    await prepareDatabase(config, { seed: fresh });
    if (fresh && options.demoData) await seedDemo(config.dbUrl, 'small');
    started.push(await startPostgrest(config));
    for (const start of [startMail, startAuth, startStorage, startCheckout, startFunctions]) {
      started.push(await start(config));
    }
    started.push(await startGateway(config));
    if (options.spa) started.push(await startSpa(config, options.spa));
    return { config, fresh, stop };
  } catch (error) {
    await stop();
    if (options.handleSignals) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    throw error;
  }
}
