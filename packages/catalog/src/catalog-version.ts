// The default pinned set of framework versions for a new assessment: one version per framework, including the
// context and crosswalk-target frameworks so that every link resolves at the same pin. Bump a pin only together
// with the data file it points to; stored assessments keep their own pins.
export const CATALOG_VERSION = {
  'jp-aigb': '1.2',
  'jp-art13': '2025-12-19',
  appi: '2026-07-17',
  'c30-4': '2024-07-31',
  'jp-samd': '2020-09-01',
  'jp-fin': '2025-03-04',
  'jp-level4': '2023-04-01',
  hcoc: '2023-10-30',
  'jp-aipa': '2025-06-04',
  iso42001: '2023',
  'nist-rmf': '1.0',
  euaia: '2026-07-27',
} as const satisfies Readonly<Record<string, string>>;

export type TFrameworkId = keyof typeof CATALOG_VERSION;

// The same pins in the shape assessments store them (`catalogVersions` in the contracts package).
export type TCatalogPin = { frameworkId: string; version: string };

export const DEFAULT_CATALOG_PINS: readonly TCatalogPin[] = Object.freeze(
  Object.entries(CATALOG_VERSION).map(([frameworkId, version]) => Object.freeze({ frameworkId, version })),
);
