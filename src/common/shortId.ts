/** The first block of a uuid: enough for a human to tell records apart. */
export const shortId = (id: unknown) => (typeof id === 'string' ? (id.split('-')[0] ?? id) : String(id ?? ''));
