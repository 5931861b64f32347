import { catalogDiff, getFrameworkVersion, listFrameworks } from '@kizuna/catalog';
import { AppError } from '../errors/app-error.js';

// The catalog is reference data shipped with the product: any authenticated caller may read it.
export const listCatalogFrameworks = () => ({
  items: listFrameworks().map((f) => ({
    id: f.id,
    name: f.name,
    kind: f.kind,
    versions: f.versions.map((v) => ({
      version: v.version,
      publishedOn: v.publishedOn,
      status: v.status,
      requirementCount: v.requirements.length,
    })),
  })),
});

const findVersion = (frameworkId: string, version: string) => {
  const found = getFrameworkVersion(frameworkId, version);
  if (!found) throw new AppError('NOT_FOUND', `No version ${version} of framework ${frameworkId}`);
  return found;
};

export const getCatalogVersion = (frameworkId: string, version: string) => findVersion(frameworkId, version);

export const diffCatalogVersions = (frameworkId: string, from: string, to: string) => {
  const diff = catalogDiff(findVersion(frameworkId, from), findVersion(frameworkId, to));
  return { frameworkId, from, to, ...diff };
};
