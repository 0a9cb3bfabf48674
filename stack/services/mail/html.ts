/** The catcher's human-readable pages. Everything from a message is escaped; HTML bodies are shown in a sandboxed iframe. */
import type { MailAddress, StoredMessage } from './store';

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const formatAddress = (a: MailAddress) => (a.Name ? `${a.Name} <${a.Address}>` : a.Address);
const formatAddresses = (list: MailAddress[]) => list.map(formatAddress).join(', ');

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #222; }
  header { background: #1f3a5f; color: #fff; padding: 12px 20px; display: flex; align-items: center; gap: 16px; }
  header a { color: #fff; text-decoration: none; font-weight: 600; }
  main { padding: 16px 20px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 8px; border-bottom: 1px solid #ddd; vertical-align: top; }
  tr:hover td { background: #f5f7fa; }
  .snippet { color: #666; font-size: 0.9em; }
  .empty { color: #666; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; }
  dt { font-weight: 600; }
  iframe { width: 100%; height: 60vh; border: 1px solid #ccc; }
  pre { white-space: pre-wrap; background: #f7f7f7; padding: 12px; border: 1px solid #ddd; }
  form { margin: 0 0 0 auto; }
`;

function page(title: string, body: string, autoRefresh = false): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
${autoRefresh ? '<meta http-equiv="refresh" content="5">' : ''}
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><header><a href="/">Local mail catcher</a>
<form method="post" action="/delete-all"><button type="submit">Delete all</button></form></header>
<main>${body}</main></body></html>`;
}

export function renderList(messages: readonly StoredMessage[]): string {
  if (messages.length === 0) {
    return page('Mail (0)', '<p class="empty">No messages yet. This page refreshes every 5 seconds.</p>', true);
  }
  const rows = messages
    .map(
      (m) => `<tr><td><a href="/view/${encodeURIComponent(m.ID)}">${escapeHtml(m.Subject || '(no subject)')}</a>
<div class="snippet">${escapeHtml(m.Snippet)}</div></td>
<td>${escapeHtml(formatAddress(m.From))}</td><td>${escapeHtml(formatAddresses(m.To))}</td>
<td>${escapeHtml(m.Created)}</td></tr>`,
    )
    .join('\n');
  return page(
    `Mail (${messages.length})`,
    `<table><thead><tr><th>Subject</th><th>From</th><th>To</th><th>Received</th></tr></thead>
<tbody>${rows}</tbody></table>`,
    true,
  );
}

export function renderMessage(m: StoredMessage): string {
  const header = `<h1>${escapeHtml(m.Subject || '(no subject)')}</h1>
<dl><dt>From</dt><dd>${escapeHtml(formatAddress(m.From))}</dd>
<dt>To</dt><dd>${escapeHtml(formatAddresses(m.To))}</dd>
${m.Cc.length ? `<dt>Cc</dt><dd>${escapeHtml(formatAddresses(m.Cc))}</dd>` : ''}
<dt>Received</dt><dd>${escapeHtml(m.Created)}</dd></dl>`;
  // srcdoc + sandbox without allow-same-origin/allow-scripts: the mail's HTML cannot run code or
  // reach this page; links open in a new tab.
  const html = m.HTML
    ? `<h2>HTML</h2><iframe sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(
        `<base target="_blank">${m.HTML}`,
      )}"></iframe>`
    : '';
  const text = m.Text ? `<h2>Text</h2><pre>${escapeHtml(m.Text)}</pre>` : '';
  return page(m.Subject || 'Message', header + html + text);
}

export function renderNotFound(): string {
  return page('Not found', '<p>This message does not exist (it may have been deleted).</p>');
}
