import { getFrameworkVersion } from '@kizuna/catalog';
import { AppError } from '../errors/app-error.js';

export const getCatalogVersion = (frameworkId: string, version: string) => {
  const found = getFrameworkVersion(frameworkId, version);
  if (!found) throw new AppError('NOT_FOUND', `No version ${version} of framework ${frameworkId}`);
  return found;
};
