/** Test helpers for the local mail catcher's JSON API. */

export interface MailAddress {
  Address: string;
  Name: string;
}

export interface MailSummary {
  ID: string;
  From: MailAddress;
  To: MailAddress[];
  Subject: string;
  Created: string;
  Snippet: string;
}

export interface MailMessage extends MailSummary {
  Text: string;
  HTML: string;
}

export interface WaitForMailOptions {
  /** Recipient address (case-insensitive). */
  to: string;
  subjectIncludes?: string;
  /** Only messages received at or after this time. */
  since?: Date;
  timeoutMs?: number;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} -> ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function listMail(mailWebUrl: string): Promise<MailSummary[]> {
  const body = await getJson<{ messages: MailSummary[] }>(`${mailWebUrl}/api/v1/messages?limit=1000`);
  return body.messages;
}

export function getMail(mailWebUrl: string, id: string): Promise<MailMessage> {
  return getJson<MailMessage>(`${mailWebUrl}/api/v1/message/${encodeURIComponent(id)}`);
}

export async function deleteAllMail(mailWebUrl: string): Promise<void> {
  const response = await fetch(`${mailWebUrl}/api/v1/messages`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`DELETE messages -> ${response.status}`);
}

/** Polls the catcher until the newest matching message arrives, and returns it in full. */
export async function waitForMail(mailWebUrl: string, options: WaitForMailOptions): Promise<MailMessage> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const deadline = Date.now() + timeoutMs;
  const to = options.to.toLowerCase();
  const matches = (m: MailSummary) =>
    m.To.some((a) => a.Address.toLowerCase() === to) &&
    (options.subjectIncludes === undefined || m.Subject.includes(options.subjectIncludes)) &&
    (options.since === undefined || new Date(m.Created).getTime() >= options.since.getTime());
  for (;;) {
    const found = (await listMail(mailWebUrl)).find(matches);
    if (found) return getMail(mailWebUrl, found.ID);
    if (Date.now() > deadline) {
      const subject = options.subjectIncludes ? ` with a subject containing "${options.subjectIncludes}"` : '';
      throw new Error(`no e-mail to ${options.to}${subject} arrived within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Every http(s) link of a message: the HTML body's hrefs first, then URLs in the text body. */
export function extractLinks(message: Pick<MailMessage, 'HTML' | 'Text'>): string[] {
  const links: string[] = [];
  for (const match of message.HTML.matchAll(/href\s*=\s*(["'])(.*?)\1/gi)) links.push(decodeEntities(match[2]));
  for (const match of message.Text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)) links.push(match[0]);
  return [...new Set(links.filter((link) => /^https?:\/\//i.test(link)))];
}
