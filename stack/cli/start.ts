/**
 * `npm start`: the whole product locally, with demo data, until Ctrl-C (exit 130), SIGTERM (143),
 * or a service that cannot be brought back (exit 1). package.json runs it as `node --import tsx`:
 * one process, so nothing between the terminal and the supervisor can kill it before it has
 * stopped its services.
 */
import { loadConfig } from '../config';
import { AlreadyRunningError } from '../lock';
import { MigrationError } from '../services/migrations';
import { startStack } from '../supervisor';
import { DEMO_PASSWORD, demoAccountsLine } from '../demo-accounts';
import { reminderScheduleNotice } from '../services/functions/reminder-scheduler';

const startedAt = performance.now();
try {
  const config = loadConfig();
  const noSpa = process.argv.includes('--no-spa');
  const stack = await startStack(config, { spa: noSpa ? false : 'dev', demoData: true, handleSignals: true });
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const accounts = demoAccountsLine();
  console.log(
    `Ready in ${seconds}s${stack.fresh ? ' (new database, seeded)' : ''}: ` +
      `back-office ${noSpa ? '(not started)' : config.siteUrl} | API ${config.apiUrl} | ` +
      `mail ${config.mailWebUrl} | db ${config.dbUrl} | demo accounts ${accounts} (password ${DEMO_PASSWORD}) | ` +
      reminderScheduleNotice(config),
  );
  const failure = await stack.failed;
  console.error(`The local stack stopped: ${failure.message}. See the output above.`);
  process.exit(1);
} catch (error) {
  if (error instanceof AlreadyRunningError || error instanceof MigrationError) {
    console.error(error.message);
  } else {
    console.error('Start-up failed:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
}
