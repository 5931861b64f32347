import { describe, expect, it } from 'vitest';
import { ZFrameworkVersion, ZPredicate, ZRequirement, type TDeadline, type TRequirement } from './catalog-model.js';

const makeRequirement = (overrides: Partial<TRequirement> = {}): TRequirement => ({
  id: 'test:1',
  title: { ja: 'テスト', en: 'Test' },
  guidance: { ja: 'テストの説明', en: 'Test guidance' },
  appliesTo: ['provider'],
  applicability: { always: true },
  expectedEvidence: ['other'],
  crosswalk: [],
  force: 'voluntary',
  source: { document: 'Doc', version: '1', section: '§1', date: '2025-01-01', confidence: 'secondary' },
  confidence: 'secondary',
  ...overrides,
});

describe('catalog schema', () => {
  it('when a requirement is well formed, then it validates', () => {
    expect(ZRequirement.safeParse(makeRequirement()).success).toBe(true);
  });

  it.each([
    ['claims more confidence than its source', { confidence: 'verified' as const }],
    ['has an empty Japanese title', { title: { ja: ' ', en: 'Test' } }],
    ['has no role', { appliesTo: [] }],
    ['names an unknown evidence kind', { expectedEvidence: ['photo' as never] }],
    ['has a malformed crosswalk id', { crosswalk: ['not an id'] }],
    ['has a source dated in free text', { source: { ...makeRequirement().source, date: 'Nov 2021' } }],
  ])('when a requirement %s, then it is rejected', (_name, overrides) => {
    expect(ZRequirement.safeParse(makeRequirement(overrides)).success).toBe(false);
  });

  it('when a clock counts no days but is not a bare "promptly", then it is rejected', () => {
    const deadline: Omit<TDeadline, 'days'> = {
      id: 'x:1/preliminary',
      kind: 'appi_preliminary',
      recipient: 'regulator',
      nature: 'guidance',
      holder: 'controller',
      from: 'awareness',
      label: { ja: '速報', en: 'Preliminary report' },
      source: { document: 'Doc', version: '1', section: '§2', date: '2025', confidence: 'secondary' },
    };
    expect(ZRequirement.safeParse(makeRequirement({ confidence: 'secondary', deadlines: [deadline] })).success).toBe(
      false,
    );
    expect(
      ZRequirement.safeParse(makeRequirement({ confidence: 'secondary', deadlines: [{ ...deadline, days: 5 }] }))
        .success,
    ).toBe(true);
  });

  it('when a deadline rests on a weaker source than the requirement claims, then it is rejected', () => {
    const requirement = makeRequirement({
      confidence: 'secondary',
      deadlines: [
        {
          id: 'x:1/final',
          kind: 'appi_final',
          recipient: 'regulator',
          nature: 'limit',
          holder: 'controller',
          days: 30,
          from: 'awareness',
          label: { ja: '確報', en: 'Final report' },
          source: { document: 'Doc', version: '1', section: '§2', date: '2025', confidence: 'unverified' },
        },
      ],
    });
    const parsed = ZRequirement.safeParse(requirement);
    expect(parsed.success).toBe(false);
    // Refused for the confidence alone: the clock itself is well formed.
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['confidence']);
  });

  it.each([
    ['mixes two kinds in one node', { fact: 'generativeAi', sector: ['medical'] }],
    ['names an unknown fact', { fact: 'usesCookies' }],
    ['names an unknown sector', { sector: ['retail'] }],
    ['has an empty "any"', { any: [] }],
    ['nests an invalid node', { not: { all: [{ always: false }] } }],
  ])('when a predicate %s, then it is rejected', (_name, predicate) => {
    expect(ZPredicate.safeParse(predicate).success).toBe(false);
  });

  it('when a predicate nests all, any and not, then it validates', () => {
    const predicate = { all: [{ fact: 'euExposure' }, { any: [{ sector: ['finance'] }, { not: { always: true } }] }] };
    expect(ZPredicate.safeParse(predicate).success).toBe(true);
  });

  it('when a version repeats an id or holds another framework’s id, then it is rejected', () => {
    const base = { frameworkId: 'test', version: '1', publishedOn: '2025-01-01', status: 'current' as const };
    expect(ZFrameworkVersion.safeParse({ ...base, requirements: [makeRequirement(), makeRequirement()] }).success).toBe(
      false,
    );
    expect(ZFrameworkVersion.safeParse({ ...base, requirements: [makeRequirement({ id: 'other:1' })] }).success).toBe(
      false,
    );
  });
});
