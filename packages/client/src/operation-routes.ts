import { OPERATIONS } from '@kizuna/contracts';
import type { OperationRoutes } from './operation-types.js';

/** The method and path of every operation, as plain data a bundler can inline (the web app's build does). */
export const readOperationRoutes = (): OperationRoutes =>
  Object.fromEntries(
    Object.values(OPERATIONS).map((op) => [op.id, { method: op.method, path: op.path }]),
  ) as unknown as OperationRoutes;
