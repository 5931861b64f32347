export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
