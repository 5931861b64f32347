// Framework catalog: versioned, typed data validated by zod at load and frozen; never edited at run time.
// Public surface of @kizuna/catalog. Importers: domain, contracts, web. This package imports only zod.
export * from './catalog-model.js';
export { CATALOG_VERSION, DEFAULT_CATALOG_PINS, type TCatalogPin, type TFrameworkId } from './catalog-version.js';
export {
  getFramework,
  getFrameworkVersion,
  getRequirement,
  listFrameworks,
  resolveFrameworkVersions,
} from './catalog-queries.js';
export { catalogDiff, type TCatalogDiff, type TRequirementChange } from './catalog-diff.js';
export {
  applicableRequirements,
  evaluateApplicability,
  type TApplicability,
  type TApplicableRequirement,
  type TLang,
} from './applicability.js';
export { EU_RISK_TIER_INFO } from './frameworks/euaia-2026-07-27.js';
