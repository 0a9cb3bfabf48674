/**
 * Mail from the Edge Functions (supabase/functions/_shared/mailer.ts): through the HTTP mail API
 * (Resend's POST /emails) when RESEND_API_KEY is set, tested against the catcher's stand-in
 * (./resend-api.ts); SMTP otherwise, on a port hosted Supabase does not block by default (465).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../config';
import { getStack } from '../../testing/context';
import { denoBinary } from '../functions/discover';
import { LOCAL_MAIL_API_KEY } from './resend-api';

const run = promisify(execFile);
const workDir = mkdtempSync(path.join(os.tmpdir(), 'mailer-probe-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const MAILER = pathToFileURL(path.join(ROOT_DIR, 'supabase', 'functions', '_shared', 'mailer.ts')).href;
const DENO_CONFIG = path.join(ROOT_DIR, 'supabase', 'functions', 'payment-reminders', 'deno.json');

/** Runs the functions' mailer under Deno with only `env` set; returns what it printed. */
async function probe(env: Record<string, string>, action: 'send' | 'transport', to = 'someone@example.com'): Promise<string> {
  const script = path.join(workDir, `probe-${action}.ts`);
  writeFileSync(
    script,
    `import { mailTransport, sendMail } from '${MAILER}';
try {
  if (${JSON.stringify(action)} === 'transport') console.log(JSON.stringify(mailTransport()));
  else console.log(JSON.stringify({ id: await sendMail({ to: ${JSON.stringify(to)}, subject: 'Probe ' + Deno.env.get('PROBE'), text: 'Hello', html: '<p>Hello</p>' }) }));
} catch (error) {
  console.log(JSON.stringify({ error: String(error instanceof Error ? error.message : error) }));
}
`,
  );
  const { stdout } = await run(
    denoBinary(ROOT_DIR),
    ['run', '--allow-all', '--no-prompt', '--no-lock', '--node-modules-dir=manual', '--config', DENO_CONFIG, script],
    {
      cwd: path.dirname(DENO_CONFIG),
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DENO_DIR: process.env.DENO_DIR ?? '', NO_COLOR: '1', ...env },
    },
  );
  return stdout.trim().split('\n').pop()!;
}

async function catcherSubjects(): Promise<string[]> {
  const response = await fetch(`${getStack().mailWebUrl}/api/v1/messages?limit=200`);
  const body = (await response.json()) as { messages: { Subject: string; From: { Address: string }; To: { Address: string }[] }[] };
  return body.messages.map((m) => `${m.Subject} | ${m.From.Address} -> ${m.To.map((t) => t.Address).join(',')}`);
}

const post = (body: unknown, key: string | null = LOCAL_MAIL_API_KEY) =>
  fetch(`${getStack().mailWebUrl}/emails`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });

describe('the HTTP mail API stand-in (Resend POST /emails)', () => {
  const valid = { from: 'Partners <no-reply@partners.test>', to: ['a@example.com'], subject: 'stand-in valid', text: 'hi' };

  it('refuses a missing or wrong key and a bad body, with Resend error names, and stores nothing', async () => {
    expect(await (await post(valid, null)).json()).toMatchObject({ statusCode: 401, name: 'missing_api_key' });
    expect(await (await post(valid, 're_wrong')).json()).toMatchObject({ statusCode: 403, name: 'invalid_api_key' });
    expect(await (await post({ ...valid, to: [] })).json()).toMatchObject({ statusCode: 422, name: 'missing_required_field' });
    expect(await (await post({ ...valid, to: ['not an address'] })).json()).toMatchObject({ statusCode: 422, name: 'validation_error' });
    expect(await (await post({ ...valid, text: undefined })).json()).toMatchObject({ statusCode: 422 });
    expect((await catcherSubjects()).filter((s) => s.startsWith('stand-in valid'))).toEqual([]);
  });

  it('accepts a valid message, answers its id and puts it in the catcher', async () => {
    const response = await post(valid);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(await catcherSubjects()).toContain('stand-in valid | no-reply@partners.test -> a@example.com');
  });
});

describe("the functions' mailer", () => {
  it('sends through the HTTP mail API when RESEND_API_KEY is set (not SMTP, even with SMTP_HOST set)', async () => {
    const out = await probe(
      {
        RESEND_API_KEY: LOCAL_MAIL_API_KEY,
        RESEND_API_URL: getStack().mailWebUrl,
        SMTP_HOST: '192.0.2.1',
        PROBE: 'http',
        MAIL_FROM: 'Partners <from@partners.test>',
      },
      'send',
    );
    expect(JSON.parse(out)).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(await catcherSubjects()).toContain('Probe http | from@partners.test -> someone@example.com');
  });

  it("reports the API's refusal as an error", async () => {
    const out = await probe({ RESEND_API_KEY: 're_wrong', RESEND_API_URL: getStack().mailWebUrl, PROBE: 'refused' }, 'send');
    expect(JSON.parse(out)).toEqual({ error: 'mail API answered 403: invalid_api_key: API key is invalid' });
  });

  it('sends over SMTP on the configured port otherwise', async () => {
    const { smtp } = getStack();
    const out = await probe({ SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port), PROBE: 'smtp' }, 'send');
    expect(JSON.parse(out).id).toEqual(expect.any(String));
    expect(await catcherSubjects()).toContain('Probe smtp | no-reply@partners.local -> someone@example.com');
  });

  it('defaults SMTP to port 465 with implicit TLS, never a port hosted blocks (25, 587)', async () => {
    expect(JSON.parse(await probe({ SMTP_HOST: 'smtp.example.com' }, 'transport'))).toEqual({
      kind: 'smtp',
      host: 'smtp.example.com',
      port: 465,
      secure: true,
    });
    expect(JSON.parse(await probe({ SMTP_HOST: 'smtp.example.com', SMTP_PORT: '2525' }, 'transport'))).toMatchObject({
      port: 2525,
      secure: false,
    });
    expect(JSON.parse(await probe({ SMTP_HOST: 'smtp.example.com', SMTP_PORT: 'abc' }, 'transport'))).toEqual({
      error: 'SMTP_PORT must be a TCP port, got "abc"',
    });
  });
});
