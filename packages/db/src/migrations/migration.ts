export type Migration = { id: string; checksum: string; sql: string };
