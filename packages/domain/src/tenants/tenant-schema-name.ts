import { AppError } from '../errors/app-error.js';

const SCHEMA_NAME = /^t_[0-9a-f]{32}$/;

// Schema names come from the tenant's UUID, never from user input such as the slug.
export const schemaNameFor = (tenantId: string): string => {
  const name = `t_${tenantId.replaceAll('-', '').toLowerCase()}`;
  assertSchemaName(name);
  return name;
};

export const assertSchemaName = (name: string): void => {
  if (!SCHEMA_NAME.test(name)) throw new AppError('INTERNAL', `refusing unsafe schema name ${JSON.stringify(name)}`);
};
