/** GET /health, GET /settings, and POST /signup (sign-ups are closed: users are invited). */
import { unprocessable } from '../errors';
import { sendJson } from '../http';
import type { Handler } from '../router';

export const healthRoute: Handler = async ({ res }) =>
  sendJson(res, 200, {
    version: 'local',
    name: 'GoTrue',
    description: 'Local stand-in for Supabase Auth (GoTrue) implementing the API subset supabase-js uses',
  });

export const settingsRoute: Handler = async ({ res }) =>
  sendJson(res, 200, {
    external: { anonymous_users: false, email: true, phone: false },
    disable_signup: true,
    mailer_autoconfirm: false,
    phone_autoconfirm: false,
    sms_provider: '',
    saml_enabled: false,
  });

export const signupRoute: Handler = async () => {
  throw unprocessable('signup_disabled', 'Signups not allowed for this instance');
};
