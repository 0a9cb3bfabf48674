/**
 * Local mail catcher: SMTP on config.ports.mailSmtp (127.0.0.1, no auth, no TLS), messages kept in
 * memory, readable at config.mailWebUrl (HTML pages + a Mailpit-like JSON API).
 */
import http from 'node:http';
import type { StackConfig } from '../../config';
import { createLogger } from '../../log';
import { closeServer, listen } from '../http';
import type { RunningService } from '../types';
import { MessageStore } from './store';
import { createSmtpServer } from './smtp';
import { createWebHandler } from './web';

export { createMailer } from './mailer';

const log = createLogger('mail');

export async function startMail(config: StackConfig): Promise<RunningService> {
  const store = new MessageStore();
  const smtp = createSmtpServer(store, (message) => log.error(message));
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(new Error(`mail catcher SMTP port ${config.ports.mailSmtp}: ${error.message}`));
    smtp.server.once('error', onError);
    smtp.listen(config.ports.mailSmtp, config.host, () => {
      smtp.server.off('error', onError);
      resolve();
    });
  });
  const web = http.createServer(createWebHandler(store));
  try {
    await listen(web, config.ports.mailWeb, config.host);
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw new Error(`mail catcher web port ${config.ports.mailWeb}: ${(error as Error).message}`);
  }
  log.debug(`SMTP on ${config.host}:${config.ports.mailSmtp}, web on ${config.mailWebUrl}`);
  return {
    name: 'mail',
    url: config.mailWebUrl,
    stop: async () => {
      await Promise.all([closeServer(web), new Promise<void>((resolve) => smtp.close(() => resolve()))]);
    },
  };
}
