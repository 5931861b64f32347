import type { TFramework, TFrameworkVersion, TRequirement } from './catalog-model.js';
import { CATALOG } from './catalog-registry.js';
import { CATALOG_VERSION, DEFAULT_CATALOG_PINS, type TCatalogPin } from './catalog-version.js';

export const listFrameworks = (): readonly TFramework[] => CATALOG;

export const getFramework = (frameworkId: string): TFramework | undefined => CATALOG.find((f) => f.id === frameworkId);

export const getFrameworkVersion = (frameworkId: string, version: string): TFrameworkVersion | undefined =>
  getFramework(frameworkId)?.versions.find((v) => v.version === version);

// Without a version, the requirement is read from the default pin (CATALOG_VERSION) of its framework.
export const getRequirement = (id: string, version?: string): TRequirement | undefined => {
  const frameworkId = id.slice(0, id.indexOf(':'));
  const pins: Record<string, string | undefined> = CATALOG_VERSION;
  const wanted = version ?? pins[frameworkId];
  if (wanted === undefined) return undefined;
  return getFrameworkVersion(frameworkId, wanted)?.requirements.find((r) => r.id === id);
};

// Turns stored pins into framework versions; an unknown pin is a programming or data error, so it throws.
export const resolveFrameworkVersions = (
  pins: readonly TCatalogPin[] = DEFAULT_CATALOG_PINS,
): readonly TFrameworkVersion[] =>
  pins.map((pin) => {
    const found = getFrameworkVersion(pin.frameworkId, pin.version);
    if (!found) throw new Error(`Unknown catalog version ${pin.frameworkId}@${pin.version}`);
    return found;
  });
