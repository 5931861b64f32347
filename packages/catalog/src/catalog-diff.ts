import type { TFrameworkVersion, TRequirement } from './catalog-model.js';

export type TRequirementChange = {
  id: string;
  before: TRequirement;
  after: TRequirement;
  fields: string[];
};

export type TCatalogDiff = {
  added: TRequirement[];
  changed: TRequirementChange[];
  removed: TRequirement[];
};

type TComparedField = Exclude<keyof TRequirement, 'id'>;

// Listing every field here (checked by the type) means a new schema field cannot silently escape the diff.
const COMPARED_FIELDS = Object.keys({
  title: true,
  guidance: true,
  appliesTo: true,
  applicability: true,
  expectedEvidence: true,
  crosswalk: true,
  force: true,
  riskTier: true,
  effectiveFrom: true,
  deadlines: true,
  reportableWhen: true,
  peopleThreshold: true,
  exemptWhen: true,
  source: true,
  confidence: true,
} satisfies Record<TComparedField, true>) as TComparedField[];

// Order carries no meaning in these lists; reordering them must not trigger a re-review.
const SET_FIELDS = new Set<TComparedField>([
  'appliesTo',
  'expectedEvidence',
  'crosswalk',
  'reportableWhen',
  'exemptWhen',
]);

const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

const normalise = (field: TComparedField, r: TRequirement): unknown => {
  const value = r[field];
  if (field === 'source') {
    // A new version always cites itself; that alone is not a change to the requirement.
    const { version: _version, date: _date, ...rest } = r.source;
    return rest;
  }
  if (SET_FIELDS.has(field) && Array.isArray(value)) return [...(value as string[])].sort();
  return value;
};

const changedFields = (before: TRequirement, after: TRequirement): string[] =>
  COMPARED_FIELDS.filter((f) => canonicalJson(normalise(f, before)) !== canonicalJson(normalise(f, after)));

// What changed from version a to version b of one framework: drives regulatory-change re-reviews.
export const catalogDiff = (a: TFrameworkVersion, b: TFrameworkVersion): TCatalogDiff => {
  if (a.frameworkId !== b.frameworkId) {
    throw new Error(`Cannot diff ${a.frameworkId}@${a.version} against ${b.frameworkId}@${b.version}`);
  }
  const before = new Map(a.requirements.map((r) => [r.id, r]));
  const afterIds = new Set(b.requirements.map((r) => r.id));
  const added: TRequirement[] = [];
  const changed: TRequirementChange[] = [];
  for (const after of b.requirements) {
    const previous = before.get(after.id);
    if (!previous) {
      added.push(after);
      continue;
    }
    const fields = changedFields(previous, after);
    if (fields.length > 0) changed.push({ id: after.id, before: previous, after, fields });
  }
  const removed = a.requirements.filter((r) => !afterIds.has(r.id));
  return { added, changed, removed };
};
