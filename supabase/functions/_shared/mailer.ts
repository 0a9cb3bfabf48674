/**
 * E-mail from the Edge Functions, through one of:
 * - an HTTP mail API when RESEND_API_KEY is set: Resend's `POST /emails` with a bearer key
 *   (RESEND_API_URL, default https://api.resend.com; the local stack's mail catcher speaks it too).
 *   Use this on a hosted project: Edge Functions there cannot open outbound ports 25 and 587.
 * - SMTP otherwise: SMTP_HOST, SMTP_PORT (default 465, implicit TLS; 2525 is the usual
 *   alternative, STARTTLS), SMTP_SECURE (true/false, default: port 465), SMTP_USER, SMTP_PASS.
 * MAIL_FROM is the sender for both (default "Partners <no-reply@partners.local>").
 */
import nodemailer from 'nodemailer';
import { optionalEnv, requireEnv } from './env.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export const DEFAULT_SMTP_PORT = 465;
export const DEFAULT_MAIL_API_URL = 'https://api.resend.com';
const DEFAULT_FROM = 'Partners <no-reply@partners.local>';

export type MailTransport =
  | { kind: 'http'; url: string; apiKey: string }
  | { kind: 'smtp'; host: string; port: number; secure: boolean; user?: string; pass?: string };

/** Which transport the environment configures (bad values are a clear configuration error). */
export function mailTransport(): MailTransport {
  const apiKey = optionalEnv('RESEND_API_KEY');
  if (apiKey) {
    const base = (optionalEnv('RESEND_API_URL') ?? DEFAULT_MAIL_API_URL).replace(/\/+$/, '');
    return { kind: 'http', url: `${base}/emails`, apiKey };
  }
  const rawPort = optionalEnv('SMTP_PORT');
  const port = rawPort === undefined ? DEFAULT_SMTP_PORT : Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`SMTP_PORT must be a TCP port, got "${rawPort}"`);
  const rawSecure = optionalEnv('SMTP_SECURE');
  if (rawSecure !== undefined && rawSecure !== 'true' && rawSecure !== 'false') {
    throw new Error(`SMTP_SECURE must be true or false, got "${rawSecure}"`);
  }
  return {
    kind: 'smtp',
    host: requireEnv('SMTP_HOST'),
    port,
    secure: rawSecure === undefined ? port === 465 : rawSecure === 'true',
    user: optionalEnv('SMTP_USER'),
    pass: optionalEnv('SMTP_PASS'),
  };
}

async function sendOverHttp(transport: { url: string; apiKey: string }, from: string, mail: Mail): Promise<string> {
  const response = await fetch(transport.url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${transport.apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ from, to: [mail.to], subject: mail.subject, text: mail.text, ...(mail.html ? { html: mail.html } : {}) }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await response.json().catch(() => ({}))) as { id?: string; name?: string; message?: string };
  if (!response.ok || typeof body.id !== 'string') {
    throw new Error(`mail API answered ${response.status}: ${body.name ?? 'error'}: ${body.message ?? 'no message'}`);
  }
  return body.id;
}

export async function sendMail(mail: Mail): Promise<string | undefined> {
  const from = optionalEnv('MAIL_FROM') ?? DEFAULT_FROM;
  const transport = mailTransport();
  if (transport.kind === 'http') return sendOverHttp(transport, from, mail);
  const smtp = nodemailer.createTransport({
    host: transport.host,
    port: transport.port,
    secure: transport.secure,
    auth: transport.user ? { user: transport.user, pass: transport.pass ?? '' } : undefined,
    ignoreTLS: !transport.user,
  });
  try {
    const info = await smtp.sendMail({ from, ...mail });
    return info.messageId;
  } finally {
    smtp.close();
  }
}
