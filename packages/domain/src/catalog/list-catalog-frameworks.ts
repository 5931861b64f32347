import { listFrameworks } from '@kizuna/catalog';

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
