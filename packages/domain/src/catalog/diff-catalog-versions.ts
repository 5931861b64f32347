import { catalogDiff } from '@kizuna/catalog';
import { getCatalogVersion } from './get-catalog-version.js';

export const diffCatalogVersions = (frameworkId: string, from: string, to: string) => {
  const diff = catalogDiff(getCatalogVersion(frameworkId, from), getCatalogVersion(frameworkId, to));
  return { frameworkId, from, to, ...diff };
};
