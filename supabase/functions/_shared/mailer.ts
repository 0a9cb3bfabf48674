/**
 * E-mail through SMTP (the local catcher locally; any provider in production with SMTP_HOST,
 * SMTP_PORT, SMTP_USER, SMTP_PASS, MAIL_FROM).
 */
import nodemailer from 'nodemailer';
import { optionalEnv, requireEnv } from './env.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export async function sendMail(mail: Mail): Promise<string | undefined> {
  const port = Number(optionalEnv('SMTP_PORT') ?? '587');
  const user = optionalEnv('SMTP_USER');
  const transport = nodemailer.createTransport({
    host: requireEnv('SMTP_HOST'),
    port,
    secure: port === 465,
    auth: user ? { user, pass: optionalEnv('SMTP_PASS') ?? '' } : undefined,
    ignoreTLS: !user,
  });
  try {
    const info = await transport.sendMail({ from: optionalEnv('MAIL_FROM') ?? 'Partners <no-reply@partners.local>', ...mail });
    return info.messageId;
  } finally {
    transport.close();
  }
}
