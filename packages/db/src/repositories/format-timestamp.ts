// Nullable timestamp columns travel as ISO strings or null, as the contracts expect.
export const formatTimestamp = (d: Date | null): string | null => (d ? d.toISOString() : null);
