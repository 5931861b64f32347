// Instants are stored and shown in UTC; the offset a caller used carries no meaning of its own.
export const normalise = (instant: string | null): string | null =>
  instant === null ? null : new Date(instant).toISOString();
