/** Validation of a reply in a dossier's messages thread (the SQL column is text not null). */
export const MESSAGE_MAX_LENGTH = 5000;

/** A translation key when the body cannot be sent, undefined when it can. */
export const validateMessageBody = (value: unknown): string | undefined => {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0) return 'app.dossier_detail.body_required';
  if (text.length > MESSAGE_MAX_LENGTH) return 'app.dossier_detail.body_too_long';
  return undefined;
};
