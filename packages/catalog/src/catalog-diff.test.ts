import { describe, expect, it } from 'vitest';
import { catalogDiff } from './catalog-diff.js';
import type { TFrameworkVersion } from './catalog-model.js';
import { getFrameworkVersion } from './catalog-queries.js';

const v11 = getFrameworkVersion('jp-aigb', '1.1')!;
const v12 = getFrameworkVersion('jp-aigb', '1.2')!;

const cloneVersion = (v: TFrameworkVersion): TFrameworkVersion => structuredClone(v) as TFrameworkVersion;

describe('catalogDiff', () => {
  it('when AI Guidelines for Business v1.1 is compared with v1.2, then exactly AG-1 and AG-2 are added and C-10 changed', () => {
    const diff = catalogDiff(v11, v12);
    expect(diff.added.map((r) => r.id)).toEqual(['jp-aigb:AG-1', 'jp-aigb:AG-2']);
    expect(diff.changed.map(({ id, fields }) => ({ id, fields }))).toEqual([
      { id: 'jp-aigb:C-10', fields: ['guidance', 'source'] },
    ]);
    expect(diff.removed).toEqual([]);
  });

  it('when v1.1 items are unchanged in v1.2, then they keep their IDs and content apart from the cited version', () => {
    const changed = new Set(catalogDiff(v11, v12).changed.map((c) => c.id));
    for (const before of v11.requirements.filter((r) => !changed.has(r.id))) {
      const after = v12.requirements.find((r) => r.id === before.id);
      expect(after, before.id).toBeDefined();
      expect({ ...after!, source: { ...after!.source, version: '1.1', date: '2025-03-28' } }).toEqual(before);
      expect(after!.source.version).toBe('1.2');
    }
  });

  it('when the C-10 change is read, then before and after hold the two versions of the text', () => {
    const change = catalogDiff(v11, v12).changed[0]!;
    expect(change.before.guidance.en).not.toMatch(/unconfirmed/);
    expect(change.after.guidance.en).toMatch(/unconfirmed/);
  });

  it('when v1.2 is compared back to v1.1, then the agent items show as removed', () => {
    const diff = catalogDiff(v12, v11);
    expect(diff.removed.map((r) => r.id)).toEqual(['jp-aigb:AG-1', 'jp-aigb:AG-2']);
    expect(diff.added).toEqual([]);
  });

  it('when a version is compared with itself, then nothing changed', () => {
    expect(catalogDiff(v12, v12)).toEqual({ added: [], changed: [], removed: [] });
  });

  it('when only the order of crosswalk links or roles differs, then it is not a change', () => {
    const reordered = cloneVersion(v12);
    for (const r of reordered.requirements) {
      r.crosswalk.reverse();
      r.appliesTo.reverse();
    }
    expect(catalogDiff(v12, reordered).changed).toEqual([]);
  });

  it('when applicability, confidence or the cited section changes, then the diff names that field', () => {
    const edited = cloneVersion(v12);
    edited.requirements[0]!.applicability = { fact: 'publicFacing' };
    edited.requirements[1]!.confidence = 'secondary';
    edited.requirements[2]!.source.section = 'elsewhere';
    const diff = catalogDiff(v12, edited);
    expect(diff.changed.map(({ id, fields }) => ({ id, fields }))).toEqual([
      { id: v12.requirements[0]!.id, fields: ['applicability'] },
      { id: v12.requirements[1]!.id, fields: ['confidence'] },
      { id: v12.requirements[2]!.id, fields: ['source'] },
    ]);
  });

  it('when a regulatory clock changes, then the diff names the deadlines field', () => {
    const appi = getFrameworkVersion('appi', '2026-07-17')!;
    const edited = cloneVersion(appi);
    const art26 = edited.requirements.find((r) => r.id === 'appi:art26')!;
    art26.deadlines![1]!.days = 45;
    expect(catalogDiff(appi, edited).changed.map(({ id, fields }) => ({ id, fields }))).toEqual([
      { id: 'appi:art26', fields: ['deadlines'] },
    ]);
  });

  it('when two different frameworks are compared, then it refuses', () => {
    expect(() => catalogDiff(v12, getFrameworkVersion('appi', '2026-07-17')!)).toThrow(/Cannot diff/);
  });
});
