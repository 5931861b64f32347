/** The little that infra helpers need from a logger; pino loggers and `console` both fit. */
export type InfraLog = {
  info(message: string): void;
  warn(message: string): void;
};
