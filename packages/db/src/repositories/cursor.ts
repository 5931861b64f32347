// Opaque cursors: the last key of the previous page, base64url-encoded so clients don't build them by hand.
export const encodeCursor = (key: string | number): string => Buffer.from(String(key)).toString('base64url');

export const decodeCursor = (cursor: string | undefined): string | null => {
  if (!cursor) return null;
  return Buffer.from(cursor, 'base64url').toString('utf8');
};

export const pageOf = <T>(rows: T[], limit: number, keyOf: (row: T) => string | number) => {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
};
