/** In-memory store of the messages the local mail catcher has received (newest first). */
import { randomBytes } from 'node:crypto';

export interface MailAddress {
  Address: string;
  Name: string;
}

export interface StoredMessage {
  ID: string;
  MessageID: string;
  From: MailAddress;
  To: MailAddress[];
  Cc: MailAddress[];
  Subject: string;
  Text: string;
  HTML: string;
  /** ISO 8601 time the catcher received the message. */
  Created: string;
  Size: number;
  Snippet: string;
}

export type NewMessage = Omit<StoredMessage, 'ID' | 'Created' | 'Snippet'>;

/** Keeps memory bounded when a long-running stack sends a lot of mail. */
const MAX_MESSAGES = 1000;

function snippetOf(text: string, html: string): string {
  const source = text || html.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
  const collapsed = source.replace(/\s+/g, ' ').trim();
  return collapsed.length > 250 ? `${collapsed.slice(0, 250)}...` : collapsed;
}

export class MessageStore {
  private messages: StoredMessage[] = [];

  add(message: NewMessage): StoredMessage {
    const stored: StoredMessage = {
      ...message,
      ID: randomBytes(16).toString('base64url'),
      Created: new Date().toISOString(),
      Snippet: snippetOf(message.Text, message.HTML),
    };
    this.messages.unshift(stored);
    if (this.messages.length > MAX_MESSAGES) this.messages.length = MAX_MESSAGES;
    return stored;
  }

  /** Newest first. */
  list(): readonly StoredMessage[] {
    return this.messages;
  }

  get(id: string): StoredMessage | undefined {
    return this.messages.find((m) => m.ID === id);
  }

  /** Deletes the given messages, or all of them; returns how many were deleted. */
  delete(ids?: readonly string[]): number {
    const before = this.messages.length;
    if (ids === undefined) this.messages = [];
    else {
      const doomed = new Set(ids);
      this.messages = this.messages.filter((m) => !doomed.has(m.ID));
    }
    return before - this.messages.length;
  }
}
