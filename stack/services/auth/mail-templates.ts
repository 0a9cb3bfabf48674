/** E-mails the auth service sends (Supabase's default templates, with a text part). */
import { escapeHtml } from '../mail/html';
import type { LinkType } from './otp';

export interface AuthEmail {
  subject: string;
  html: string;
  text: string;
}

interface TemplateData {
  link: string;
  otp: string;
  siteUrl: string;
}

const TEMPLATES: Record<LinkType, (d: TemplateData) => AuthEmail> = {
  recovery: (d) => ({
    subject: 'Reset Your Password',
    html: `<h2>Reset Password</h2>
<p>Follow this link to reset the password for your user:</p>
<p><a href="${escapeHtml(d.link)}">Reset Password</a></p>
<p>Alternatively, enter the code: ${escapeHtml(d.otp)}</p>`,
    text: `Reset Password\n\nFollow this link to reset the password for your user:\n${d.link}\n\nAlternatively, enter the code: ${d.otp}\n`,
  }),
  invite: (d) => ({
    subject: 'You have been invited',
    html: `<h2>You have been invited</h2>
<p>You have been invited to create a user on ${escapeHtml(d.siteUrl)}. Follow this link to accept the invite:</p>
<p><a href="${escapeHtml(d.link)}">Accept the invite</a></p>
<p>Alternatively, enter the code: ${escapeHtml(d.otp)}</p>`,
    text: `You have been invited\n\nYou have been invited to create a user on ${d.siteUrl}. Follow this link to accept the invite:\n${d.link}\n\nAlternatively, enter the code: ${d.otp}\n`,
  }),
  magiclink: (d) => ({
    subject: 'Your Magic Link',
    html: `<h2>Magic Link</h2>
<p>Follow this link to login:</p>
<p><a href="${escapeHtml(d.link)}">Log In</a></p>
<p>Alternatively, enter the code: ${escapeHtml(d.otp)}</p>`,
    text: `Magic Link\n\nFollow this link to login:\n${d.link}\n\nAlternatively, enter the code: ${d.otp}\n`,
  }),
  signup: (d) => ({
    subject: 'Confirm Your Signup',
    html: `<h2>Confirm your signup</h2>
<p>Follow this link to confirm your user:</p>
<p><a href="${escapeHtml(d.link)}">Confirm your mail</a></p>
<p>Alternatively, enter the code: ${escapeHtml(d.otp)}</p>`,
    text: `Confirm your signup\n\nFollow this link to confirm your user:\n${d.link}\n\nAlternatively, enter the code: ${d.otp}\n`,
  }),
};

export const renderAuthEmail = (type: LinkType, data: TemplateData): AuthEmail => TEMPLATES[type](data);
