import {
  applicableRequirements,
  DEFAULT_CATALOG_PINS,
  resolveFrameworkVersions,
  type TCatalogPin,
} from '@kizuna/catalog';
import type { TAiSystem } from '@kizuna/contracts';
import type { RequirementSnapshot } from './assessment-ports.js';

export type CatalogPin = readonly TCatalogPin[];

// Only duties get answered: binding law and comply-or-explain guidance. Context and crosswalk targets inform, not ask.
const ANSWERABLE = new Set(['binding', 'voluntary']);

// The one place the domain reads the catalog: the requirements that apply to a system at a pinned version.
export const resolveRequirements = (
  system: TAiSystem,
  pin: CatalogPin = DEFAULT_CATALOG_PINS,
): RequirementSnapshot[] => {
  const versions = resolveFrameworkVersions(pin);
  // The catalog words its reasons per language; both are kept so the form shows the reader's.
  const japanese = new Map(
    applicableRequirements(system.profile, system.roles, versions, 'ja').map((a) => [a.requirement.id, a.reasons]),
  );
  return applicableRequirements(system.profile, system.roles, versions, 'en')
    .filter(({ requirement }) => ANSWERABLE.has(requirement.force))
    .map(({ requirement, reasons }) => ({
      requirementId: requirement.id,
      frameworkId: requirement.id.split(':')[0]!,
      title: requirement.title,
      guidance: requirement.guidance,
      expectedEvidence: [...requirement.expectedEvidence],
      reasons: reasons.map((en, i) => ({ en, ja: japanese.get(requirement.id)?.[i] ?? en })),
    }));
};
