/** The stack services' way to send mail: plain SMTP to config.smtp (the local catcher by default). */
import nodemailer, { type Transporter } from 'nodemailer';
import type { StackConfig } from '../../config';

export const DEFAULT_SENDER = 'Partners back-office <no-reply@example.com>';

export function createMailer(config: Pick<StackConfig, 'smtp'>): Transporter {
  return nodemailer.createTransport({
    host: config.smtp.host,
    port: config.smtp.port,
    secure: false,
    ignoreTLS: true,
  });
}
