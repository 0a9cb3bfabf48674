import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type StackConfig } from '../../config';
import { freePorts } from '../../testing/free-ports';
import type { RunningService } from '../types';
import { createMailer, startMail } from './index';
import { deleteAllMail, extractLinks, listMail, waitForMail } from './client';

// A catcher of its own (the shared test stack's is used by other tests in parallel).
let config: StackConfig;
let catcher: RunningService;

beforeAll(async () => {
  config = loadConfig({}, { ports: await freePorts(), dataDir: '/nonexistent' });
  catcher = await startMail(config);
});
afterAll(async () => {
  await catcher?.stop();
});

const send = (mail: { to: string; subject: string; html?: string; text?: string }) =>
  createMailer(config).sendMail({ from: 'Sender <sender@example.com>', ...mail });

describe('mail catcher', () => {
  it('stores messages sent over SMTP and serves them through the Mailpit-like API, newest first', async () => {
    await send({ to: 'Ann <ann@example.com>', subject: 'First', text: 'one' });
    await send({ to: 'bob@example.com', subject: 'Second', html: '<p>Hello <b>Bob</b></p>', text: 'Hello Bob' });
    const response = await fetch(`${config.mailWebUrl}/api/v1/messages`);
    const body = await response.json();
    expect(body.total).toBeGreaterThanOrEqual(2);
    expect(body.messages[0]).toMatchObject({
      Subject: 'Second',
      From: { Address: 'sender@example.com', Name: 'Sender' },
      To: [{ Address: 'bob@example.com', Name: '' }],
      Snippet: 'Hello Bob',
    });
    expect(body.messages[1]).toMatchObject({ Subject: 'First', To: [{ Address: 'ann@example.com', Name: 'Ann' }] });

    const detail = await (await fetch(`${config.mailWebUrl}/api/v1/message/${body.messages[0].ID}`)).json();
    expect(detail).toMatchObject({ ID: body.messages[0].ID, Subject: 'Second', Text: 'Hello Bob' });
    expect(detail.HTML).toContain('<b>Bob</b>');
    expect(new Date(detail.Created).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('waitForMail finds the message by recipient and subject; extractLinks decodes hrefs and text URLs', async () => {
    const pending = waitForMail(config.mailWebUrl, { to: 'CAROL@example.com', subjectIncludes: 'Invite' });
    await send({
      to: 'carol@example.com',
      subject: 'Your Invite',
      html: '<a href="http://127.0.0.1:1/verify?token=abc&amp;type=invite">Accept</a>',
      text: 'Or open http://127.0.0.1:1/other?x=1',
    });
    const message = await pending;
    expect(message.Subject).toBe('Your Invite');
    expect(extractLinks(message)).toEqual(['http://127.0.0.1:1/verify?token=abc&type=invite', 'http://127.0.0.1:1/other?x=1']);
  });

  it('waitForMail gives up with a clear error', async () => {
    await expect(waitForMail(config.mailWebUrl, { to: 'nobody@example.com', timeoutMs: 300 })).rejects.toThrow(
      'no e-mail to nobody@example.com arrived within 300 ms',
    );
  });

  it('escapes message content on the HTML pages and sandboxes the HTML body', async () => {
    await send({
      to: 'dave@example.com',
      subject: '<script>alert("s")</script>',
      html: '<p>hi</p><script>alert("b")</script><a href="x" onclick="alert(1)">x</a>',
    });
    const [summary] = (await listMail(config.mailWebUrl)).filter((m) => m.To[0].Address === 'dave@example.com');
    const list = await (await fetch(`${config.mailWebUrl}/`)).text();
    expect(list).not.toContain('<script>alert');
    expect(list).toContain('&lt;script&gt;alert(&quot;s&quot;)&lt;/script&gt;');
    const view = await fetch(`${config.mailWebUrl}/view/${summary.ID}`);
    expect(view.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await view.text();
    expect(page).not.toMatch(/<script>alert/);
    expect(page).toMatch(/<iframe sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="[^"]*&lt;script&gt;alert\(&quot;b&quot;\)/);
  });

  it('deletes selected messages, then all; unknown ids and bad bodies get clear answers', async () => {
    await send({ to: 'erin@example.com', subject: 'keep', text: 'k' });
    await send({ to: 'erin@example.com', subject: 'drop', text: 'd' });
    const drop = (await listMail(config.mailWebUrl)).find((m) => m.Subject === 'drop')!;
    const selective = await fetch(`${config.mailWebUrl}/api/v1/messages`, { method: 'DELETE', body: JSON.stringify({ IDs: [drop.ID] }) });
    expect(await selective.json()).toEqual({ deleted: 1 });
    expect((await listMail(config.mailWebUrl)).some((m) => m.ID === drop.ID)).toBe(false);
    expect((await fetch(`${config.mailWebUrl}/api/v1/message/${drop.ID}`)).status).toBe(404);

    const bad = await fetch(`${config.mailWebUrl}/api/v1/messages`, { method: 'DELETE', body: '{"IDs": 3}' });
    expect(bad.status).toBe(400);
    expect((await listMail(config.mailWebUrl)).length).toBeGreaterThan(0);

    await deleteAllMail(config.mailWebUrl);
    expect(await listMail(config.mailWebUrl)).toEqual([]);
  });

  it('stops cleanly, freeing both ports', async () => {
    const own = loadConfig({}, { ports: await freePorts(), dataDir: '/nonexistent' });
    const service = await startMail(own);
    await service.stop();
    await expect(fetch(`${own.mailWebUrl}/api/v1/messages`)).rejects.toThrow();
    const again = await startMail(own);
    await again.stop();
  });
});
