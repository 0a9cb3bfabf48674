/** The catcher's SMTP side: accepts any mail on 127.0.0.1 (no auth, no TLS) and stores it parsed. */
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { MailAddress, MessageStore } from './store';

const MAX_SIZE = 10 * 1024 * 1024;

function addresses(field: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) =>
    object.value.flatMap((entry) => {
      // Groups ("undisclosed-recipients: a@b;") carry their members in `group`.
      const members = entry.group ?? [entry];
      return members.map((member) => ({ Address: member.address ?? '', Name: member.name ?? '' }));
    }),
  );
}

function toStoredFields(parsed: ParsedMail, session: SMTPServerSession, size: number) {
  const from = addresses(parsed.from)[0] ?? {
    Address: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
    Name: '',
  };
  let to = addresses(parsed.to);
  // No To header (e.g. only Bcc): fall back to the envelope recipients.
  if (to.length === 0) to = session.envelope.rcptTo.map((r) => ({ Address: r.address, Name: '' }));
  return {
    MessageID: parsed.messageId ?? '',
    From: from,
    To: to,
    Cc: addresses(parsed.cc),
    Subject: parsed.subject ?? '',
    Text: parsed.text ?? '',
    HTML: typeof parsed.html === 'string' ? parsed.html : '',
    Size: size,
  };
}

export function createSmtpServer(store: MessageStore, onError: (message: string) => void): SMTPServer {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_SIZE,
    logger: false,
    banner: 'local mail catcher',
    onData(stream, session, callback) {
      let size = 0;
      stream.on('data', (chunk: Buffer) => (size += chunk.length));
      simpleParser(stream)
        .then((parsed) => {
          store.add(toStoredFields(parsed, session, size));
          callback();
        })
        .catch((error: Error) => {
          onError(`could not parse a message: ${error.message}`);
          callback(error);
        });
    },
  });
  server.on('error', (error) => onError(`smtp: ${error.message}`));
  return server;
}
