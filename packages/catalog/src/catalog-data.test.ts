import { describe, expect, it } from 'vitest';
import { CONFIDENCE_LEVELS, ZFramework, type TRequirement } from './catalog-model.js';
import { CATALOG_SOURCE_DATA } from './catalog-registry.js';
import { getFrameworkVersion, getRequirement, listFrameworks } from './catalog-queries.js';
import { CATALOG_VERSION } from './catalog-version.js';
import { NIST_RMF_SUBCATEGORY_COUNTS } from './frameworks/nist-rmf-1-0.js';

const ALL_VERSIONS = listFrameworks().flatMap((f) => f.versions.map((v) => ({ framework: f, version: v })));
const ALL_REQUIREMENTS = ALL_VERSIONS.flatMap(({ version }) =>
  version.requirements.map((r) => ({ where: `${version.frameworkId}@${version.version}`, r })),
);
const CROSSWALK_TARGET_FRAMEWORKS = ['iso42001', 'nist-rmf', 'euaia'];
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const rank = (c: TRequirement['confidence']) => CONFIDENCE_LEVELS.indexOf(c);

describe('catalog data', () => {
  it.each(CATALOG_SOURCE_DATA.map((f) => [f.id, f] as const))(
    'when the %s data file is parsed with the zod schema, then it validates',
    (_id, framework) => {
      const result = ZFramework.safeParse(framework);
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  it.each(ALL_VERSIONS.map(({ version }) => [`${version.frameworkId}@${version.version}`, version] as const))(
    'when %s is loaded, then its requirement IDs are unique and carry the framework prefix',
    (_name, version) => {
      const ids = version.requirements.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => id.startsWith(`${version.frameworkId}:`))).toBe(true);
    },
  );

  it('when any requirement is read, then it has a complete source and a confidence no stronger than its sources', () => {
    for (const { where, r } of ALL_REQUIREMENTS) {
      expect(r.source.document, `${where} ${r.id}`).not.toBe('');
      expect(r.source.section, `${where} ${r.id}`).not.toBe('');
      expect(r.source.date, `${where} ${r.id}`).toMatch(/^\d{4}/);
      expect(CONFIDENCE_LEVELS).toContain(r.confidence);
      const sources = [r.source, ...(r.deadlines ?? []).map((d) => d.source)];
      for (const s of sources)
        expect(rank(r.confidence), `${where} ${r.id}`).toBeGreaterThanOrEqual(rank(s.confidence));
    }
  });

  it('when a source is marked unverified, then it says why in a note', () => {
    const unexplained = ALL_REQUIREMENTS.filter(({ r }) => r.source.confidence === 'unverified' && !r.source.note);
    expect(unexplained.map(({ r }) => r.id)).toEqual([]);
  });

  it('when a requirement links a crosswalk target, then the target exists at its pinned version', () => {
    const missing = ALL_REQUIREMENTS.flatMap(({ where, r }) =>
      r.crosswalk.filter((t) => getRequirement(t) === undefined).map((t) => `${where} ${r.id} → ${t}`),
    );
    expect(missing).toEqual([]);
    const targets = ALL_REQUIREMENTS.flatMap(({ r }) => r.crosswalk);
    expect(targets.every((t) => CROSSWALK_TARGET_FRAMEWORKS.includes(t.split(':')[0]!))).toBe(true);
  });

  it('when a crosswalk-target framework is listed, then it holds only items that something links to', () => {
    const linked = new Set(ALL_REQUIREMENTS.flatMap(({ r }) => r.crosswalk));
    const unlinked = CROSSWALK_TARGET_FRAMEWORKS.flatMap((id) =>
      getFrameworkVersion(id, CATALOG_VERSION[id as keyof typeof CATALOG_VERSION])!
        .requirements.map((r) => r.id)
        .filter((rid) => !linked.has(rid)),
    );
    expect(unlinked).toEqual([]);
  });

  it('when any text is shown, then both Japanese and English are present, non-empty and in the right script', () => {
    const texts = [
      ...listFrameworks().map((f) => ({ at: f.id, text: f.name })),
      ...ALL_REQUIREMENTS.flatMap(({ r }) => [
        { at: `${r.id} title`, text: r.title },
        { at: `${r.id} guidance`, text: r.guidance },
        ...(r.deadlines ?? []).map((d) => ({ at: `${r.id} deadline`, text: d.label })),
      ]),
    ];
    for (const { at, text } of texts) {
      expect(text.ja.trim().length, at).toBeGreaterThan(0);
      expect(text.en.trim().length, at).toBeGreaterThan(0);
      expect(JAPANESE.test(text.ja), `${at} ja`).toBe(true);
      expect(JAPANESE.test(text.en), `${at} en`).toBe(false);
    }
  });

  it('when a NIST AI RMF subcategory is cited, then its number exists in the verified category counts', () => {
    expect(Object.values(NIST_RMF_SUBCATEGORY_COUNTS).reduce((a, b) => a + b, 0)).toBe(72);
    for (const r of getFrameworkVersion('nist-rmf', '1.0')!.requirements) {
      const [, fn, category, sub] = /^nist-rmf:([A-Z]+)-(\d+)\.(\d+)$/.exec(r.id) ?? [];
      expect(fn, r.id).toBeDefined();
      expect(Number(sub)).toBeLessThanOrEqual(NIST_RMF_SUBCATEGORY_COUNTS[`${fn}-${category}`] ?? 0);
    }
  });

  it('when an EU AI Act item is read, then it carries a risk tier, and no other framework uses one', () => {
    for (const { r } of ALL_REQUIREMENTS) {
      expect(r.riskTier !== undefined, r.id).toBe(r.id.startsWith('euaia:'));
    }
    expect(getRequirement('euaia:art5')?.riskTier).toBe('prohibited');
    expect(getRequirement('euaia:art50')?.riskTier).toBe('transparency');
    expect(getRequirement('euaia:art13')?.riskTier).toBe('high');
  });

  it('when the AI Promotion Act is read, then it is context only: no duties, evidence or clocks', () => {
    const aipa = listFrameworks().find((f) => f.id === 'jp-aipa')!;
    expect(aipa.kind).toBe('context');
    for (const r of aipa.versions.flatMap((v) => v.requirements)) {
      expect(r.force, r.id).toBe('context');
      expect(r.expectedEvidence, r.id).toEqual([]);
      expect(r.deadlines, r.id).toBeUndefined();
    }
  });

  it('when the Hiroshima Code is read, then hcoc:1..11 exist for developers of advanced models', () => {
    for (let n = 1; n <= 11; n += 1) {
      const r = getRequirement(`hcoc:${n}`);
      expect(r?.appliesTo).toEqual(['developer']);
      expect(r?.applicability).toEqual({ fact: 'advancedModel' });
    }
  });

  it('when the APPI breach rule is read, then its clocks are 3–5 days, 30 days and 60 for a wrongful purpose', () => {
    const art26 = getRequirement('appi:art26')!;
    expect(
      art26.deadlines?.map(({ id, kind, nature, holder, days, minDays, onlyWhen, replaces }) => ({
        id,
        kind,
        nature,
        holder,
        days,
        minDays,
        onlyWhen,
        replaces,
      })),
    ).toEqual([
      {
        id: 'appi:art26/preliminary',
        kind: 'appi_preliminary',
        nature: 'guidance',
        holder: 'controller',
        days: 5,
        minDays: 3,
        onlyWhen: undefined,
        replaces: undefined,
      },
      {
        id: 'appi:art26/final',
        kind: 'appi_final',
        nature: 'limit',
        holder: 'controller',
        days: 30,
        minDays: undefined,
        onlyWhen: undefined,
        replaces: undefined,
      },
      {
        id: 'appi:art26/final-wrongful-purpose',
        kind: 'appi_final',
        nature: 'limit',
        holder: 'controller',
        days: 60,
        minDays: undefined,
        onlyWhen: 'wrongful_purpose',
        replaces: 'appi:art26/final',
      },
      {
        id: 'appi:art26/data-subjects',
        kind: 'appi_data_subject_notice',
        nature: 'promptly',
        holder: 'any',
        days: undefined,
        minDays: undefined,
        onlyWhen: undefined,
        replaces: undefined,
      },
      {
        id: 'appi:art26/controller-notice',
        kind: 'appi_controller_notice',
        nature: 'promptly',
        holder: 'processor',
        days: undefined,
        minDays: undefined,
        onlyWhen: undefined,
        replaces: undefined,
      },
    ]);
    expect(art26.peopleThreshold).toBe(1000);
    expect(art26.exemptWhen).toEqual(['highly_encrypted']);
    expect(art26.reportableWhen).toEqual([
      'sensitive_data',
      'financial_loss_risk',
      'wrongful_purpose',
      'over_1000_people',
    ]);
    expect(art26.confidence).toBe('secondary');
  });

  it('when a sector overlay is read, then each of its requirements is limited to that sector', () => {
    const expected: Record<string, string> = { 'jp-samd': 'medical', 'jp-fin': 'finance', 'jp-level4': 'mobility' };
    for (const [id, sector] of Object.entries(expected)) {
      const framework = listFrameworks().find((f) => f.id === id)!;
      expect(framework.kind).toBe('sector_overlay');
      for (const r of framework.versions.flatMap((v) => v.requirements)) {
        expect(r.applicability, r.id).toEqual({ sector: [sector] });
      }
    }
  });

  it('when CATALOG_VERSION is read, then it pins exactly one existing version of every framework', () => {
    expect(Object.keys(CATALOG_VERSION).sort()).toEqual(
      listFrameworks()
        .map((f) => f.id)
        .sort(),
    );
    for (const [id, version] of Object.entries(CATALOG_VERSION)) {
      expect(getFrameworkVersion(id, version), `${id}@${version}`).toBeDefined();
    }
    expect(CATALOG_VERSION['jp-aigb']).toBe('1.2');
  });

  it('when code tries to edit loaded catalog data, then the write is refused', () => {
    const requirement = getRequirement('jp-aigb:C-6')!;
    expect(() => {
      (requirement.title as { en: string }).en = 'edited';
    }).toThrow(TypeError);
    expect(() => {
      (requirement.crosswalk as string[]).push('x:y');
    }).toThrow(TypeError);
  });
});
