/** Keyboard shortcuts of the review queue (shown on screen). Pure: key event -> action. */
export type ReviewAction = 'approve' | 'reject' | 'notes' | 'next' | 'previous';

export const REVIEW_SHORTCUTS: Record<string, ReviewAction> = {
  a: 'approve',
  r: 'reject',
  n: 'notes',
  j: 'next',
  k: 'previous',
};

interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target?: EventTarget | null;
}

const isTyping = (target: EventTarget | null | undefined) => {
  const element = target as HTMLElement | null | undefined;
  if (!element || typeof element.tagName !== 'string') return false;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable === true;
};

/** The action of a key press, or null (modifiers held, typing in a field, other keys). */
export function reviewActionFor(event: KeyLike): ReviewAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTyping(event.target)) return null;
  return REVIEW_SHORTCUTS[event.key.toLowerCase()] ?? null;
}
