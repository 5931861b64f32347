// Cursor pagination, shared by every list port and use-case.
export type Page<T> = { items: T[]; nextCursor: string | null };
export type PageRequest = { limit: number; cursor?: string | undefined };
