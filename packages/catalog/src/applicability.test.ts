import { describe, expect, it } from 'vitest';
import { applicableRequirements, evaluateApplicability } from './applicability.js';
import type { TAiSystemProfile, TFrameworkVersion, TPredicate, TRole } from './catalog-model.js';
import { getFrameworkVersion, resolveFrameworkVersions } from './catalog-queries.js';

const makeProfile = (overrides: Partial<TAiSystemProfile> = {}): TAiSystemProfile => ({
  usesPersonalData: false,
  usesSensitiveData: false,
  generativeAi: false,
  publicFacing: false,
  automatedDecisions: false,
  euExposure: false,
  advancedModel: false,
  sector: 'general',
  ...overrides,
});

const PINNED = resolveFrameworkVersions();
const EVERY_ROLE: TRole[] = ['developer', 'provider', 'business_user'];

const applicableIds = (profile: Partial<TAiSystemProfile>, roles: TRole[], versions = PINNED): string[] =>
  applicableRequirements(makeProfile(profile), roles, versions).map((a) => a.requirement.id);

describe('evaluateApplicability', () => {
  const rows: [string, TPredicate, Partial<TAiSystemProfile>, boolean, string[]][] = [
    ['always', { always: true }, {}, true, ['applies to every AI system']],
    ['personal data, present', { fact: 'usesPersonalData' }, { usesPersonalData: true }, true, ['uses personal data']],
    ['personal data, absent', { fact: 'usesPersonalData' }, {}, false, ['does not use personal data']],
    [
      'sensitive data, present',
      { fact: 'usesSensitiveData' },
      { usesSensitiveData: true },
      true,
      ['uses sensitive personal data'],
    ],
    ['sensitive data, absent', { fact: 'usesSensitiveData' }, {}, false, ['does not use sensitive personal data']],
    ['sector, listed', { sector: ['medical'] }, { sector: 'medical' }, true, ['is in the medical sector']],
    [
      'sector, not listed',
      { sector: ['medical'] },
      { sector: 'finance' },
      false,
      ['is in the finance sector, not medical'],
    ],
    [
      'sector, several listed',
      { sector: ['employment', 'education'] },
      {},
      false,
      ['is in the general sector, not employment or education'],
    ],
    ['generative AI, yes', { fact: 'generativeAi' }, { generativeAi: true }, true, ['is generative AI']],
    ['generative AI, no', { fact: 'generativeAi' }, {}, false, ['is not generative AI']],
    ['public-facing, yes', { fact: 'publicFacing' }, { publicFacing: true }, true, ['is offered to the public']],
    ['public-facing, no', { fact: 'publicFacing' }, {}, false, ['is not offered to the public']],
    [
      'decisions about people, yes',
      { fact: 'automatedDecisions' },
      { automatedDecisions: true },
      true,
      ['makes automated decisions about people'],
    ],
    [
      'decisions about people, no',
      { fact: 'automatedDecisions' },
      {},
      false,
      ['makes no automated decisions about people'],
    ],
    ['EU exposure, yes', { fact: 'euExposure' }, { euExposure: true }, true, ['is offered or used in the EU']],
    ['EU exposure, no', { fact: 'euExposure' }, {}, false, ['is not offered or used in the EU']],
    [
      'advanced model, yes',
      { fact: 'advancedModel' },
      { advancedModel: true },
      true,
      ['involves an advanced (frontier) AI model'],
    ],
    ['advanced model, no', { fact: 'advancedModel' }, {}, false, ['involves no advanced AI model']],
    [
      'all, every part holds',
      { all: [{ fact: 'euExposure' }, { fact: 'generativeAi' }] },
      { euExposure: true, generativeAi: true },
      true,
      ['is offered or used in the EU', 'is generative AI'],
    ],
    [
      'all, one part fails',
      { all: [{ fact: 'euExposure' }, { fact: 'generativeAi' }] },
      { generativeAi: true },
      false,
      ['is not offered or used in the EU'],
    ],
    [
      'any, one part holds',
      { any: [{ fact: 'generativeAi' }, { fact: 'automatedDecisions' }] },
      { automatedDecisions: true },
      true,
      ['makes automated decisions about people'],
    ],
    [
      'any, no part holds',
      { any: [{ fact: 'generativeAi' }, { fact: 'automatedDecisions' }] },
      {},
      false,
      ['is not generative AI', 'makes no automated decisions about people'],
    ],
    ['not, inner fails', { not: { fact: 'euExposure' } }, {}, true, ['is not offered or used in the EU']],
    [
      'not, inner holds',
      { not: { fact: 'euExposure' } },
      { euExposure: true },
      false,
      ['is offered or used in the EU'],
    ],
    [
      'nested finance-with-decisions screen',
      { any: [{ sector: ['employment'] }, { all: [{ sector: ['finance'] }, { fact: 'automatedDecisions' }] }] },
      { sector: 'finance', automatedDecisions: true },
      true,
      ['is in the finance sector', 'makes automated decisions about people'],
    ],
  ];

  it.each(rows)(
    'when the predicate is %s, then it answers with plain-word reasons',
    (_n, predicate, profile, applies, reasons) => {
      expect(evaluateApplicability(predicate, makeProfile(profile))).toEqual({ applies, reasons });
    },
  );

  it('when Japanese is asked for, then the reasons are in Japanese', () => {
    expect(evaluateApplicability({ fact: 'usesPersonalData' }, makeProfile({ usesPersonalData: true }), 'ja')).toEqual({
      applies: true,
      reasons: ['個人情報を取り扱う'],
    });
    expect(evaluateApplicability({ sector: ['medical', 'finance'] }, makeProfile(), 'ja').reasons).toEqual([
      '分野が一般であり、医療・金融のいずれでもない',
    ]);
  });
});

describe('applicableRequirements', () => {
  const synthetic: TFrameworkVersion = {
    frameworkId: 'test',
    version: '1',
    publishedOn: '2025-01-01',
    status: 'current',
    requirements: [
      {
        id: 'test:dev-only',
        title: { ja: '開発者', en: 'Developer' },
        guidance: { ja: '開発者向け', en: 'For developers' },
        appliesTo: ['developer'],
        applicability: { always: true },
        expectedEvidence: [],
        crosswalk: [],
        force: 'voluntary',
        source: { document: 'Doc', version: '1', section: '§1', date: '2025', confidence: 'secondary' },
        confidence: 'secondary',
      },
      {
        id: 'test:pd-provider-user',
        title: { ja: '個人情報', en: 'Personal data' },
        guidance: { ja: '個人情報向け', en: 'For personal data' },
        appliesTo: ['provider', 'business_user'],
        applicability: { fact: 'usesPersonalData' },
        expectedEvidence: [],
        crosswalk: [],
        force: 'binding',
        source: { document: 'Doc', version: '1', section: '§2', date: '2025', confidence: 'verified' },
        confidence: 'verified',
      },
    ],
  };

  it.each([
    ['a developer', ['developer'], { usesPersonalData: true }, ['test:dev-only']],
    ['a provider', ['provider'], { usesPersonalData: true }, ['test:pd-provider-user']],
    ['a provider without personal data', ['provider'], {}, []],
    [
      'a developer who is also a business user',
      ['developer', 'business_user'],
      { usesPersonalData: true },
      ['test:dev-only', 'test:pd-provider-user'],
    ],
    ['nobody (no roles)', [], { usesPersonalData: true }, []],
  ] as [string, TRole[], Partial<TAiSystemProfile>, string[]][])(
    'when the system acts as %s, then only requirements for those roles whose predicate holds apply',
    (_n, roles, profile, expected) => {
      expect(applicableIds(profile, roles, [synthetic])).toEqual(expected);
    },
  );

  it('when a requirement applies, then the reasons name the matching roles first, then the profile facts', () => {
    const [result] = applicableRequirements(
      makeProfile({ usesPersonalData: true }),
      ['provider', 'business_user'],
      [synthetic],
    );
    expect(result?.reasons).toEqual(['acts as an AI provider', 'acts as an AI business user', 'uses personal data']);
  });

  it('when a system uses personal data, then the APPI duties apply; without it they do not', () => {
    expect(applicableIds({ usesPersonalData: true }, ['business_user'])).toEqual(
      expect.arrayContaining(['appi:art17', 'appi:art18', 'appi:art26', 'appi:art27', 'appi:art28']),
    );
    expect(applicableIds({}, EVERY_ROLE).filter((id) => id.startsWith('appi:'))).toEqual([]);
  });

  it('when a system uses sensitive data, then the consent rule for sensitive data applies', () => {
    expect(applicableIds({ usesPersonalData: true, usesSensitiveData: true }, ['provider'])).toContain('appi:art20-2');
    expect(applicableIds({ usesPersonalData: true }, ['provider'])).not.toContain('appi:art20-2');
  });

  it.each([
    ['medical', 'jp-samd:'],
    ['finance', 'jp-fin:'],
    ['mobility', 'jp-level4:'],
  ] as const)('when the sector is %s, then only that sector overlay applies', (sector, prefix) => {
    const ids = applicableIds({ sector }, EVERY_ROLE);
    const overlays = ids.filter((id) => /^jp-(samd|fin|level4):/.test(id));
    expect(overlays.length).toBeGreaterThan(0);
    expect(overlays.every((id) => id.startsWith(prefix))).toBe(true);
  });

  it('when the sector is general, then no sector overlay applies', () => {
    expect(applicableIds({}, EVERY_ROLE).filter((id) => /^jp-(samd|fin|level4):/.test(id))).toEqual([]);
  });

  it('when a business user adopts generative AI, then the prompt rules apply even before personal data is declared', () => {
    expect(applicableIds({ generativeAi: true }, ['business_user'])).toContain('jp-aigb:U-4');
    expect(applicableIds({ generativeAi: true, usesPersonalData: true }, ['business_user'])).toContain(
      'appi:ppc-alert-2023-users',
    );
    expect(applicableIds({}, ['business_user'])).not.toContain('jp-aigb:U-4');
  });

  it('when a system is public-facing with EU exposure, then the EU transparency article applies for the stated reasons', () => {
    const art50 = applicableRequirements(
      makeProfile({ publicFacing: true, euExposure: true }),
      ['provider'],
      PINNED,
    ).find((a) => a.requirement.id === 'euaia:art50');
    expect(art50?.reasons).toEqual([
      'acts as an AI provider',
      'is offered or used in the EU',
      'is offered to the public',
    ]);
    expect(applicableIds({ publicFacing: true }, ['provider'])).not.toContain('euaia:art50');
  });

  it('when a system makes decisions about people, then the v1.2 agent-oversight item applies, but not under v1.1', () => {
    expect(applicableIds({ automatedDecisions: true }, ['provider'])).toContain('jp-aigb:AG-2');
    const v11 = getFrameworkVersion('jp-aigb', '1.1')!;
    expect(applicableIds({ automatedDecisions: true }, ['provider'], [v11])).not.toContain('jp-aigb:AG-2');
  });

  it('when a finance system makes automated decisions with EU exposure, then the high-risk screen flags it', () => {
    expect(applicableIds({ sector: 'finance', automatedDecisions: true, euExposure: true }, ['provider'])).toContain(
      'euaia:art6',
    );
    expect(applicableIds({ sector: 'finance', euExposure: true }, ['provider'])).not.toContain('euaia:art6');
  });

  it('when a system has no EU exposure, then no EU AI Act article applies', () => {
    const ids = applicableIds({ generativeAi: true, advancedModel: true, sector: 'employment' }, EVERY_ROLE);
    expect(ids.filter((id) => id.startsWith('euaia:'))).toEqual([]);
  });

  it('when an advanced model is involved, then the Hiroshima Code applies to its developer but not to a mere user', () => {
    const developerIds = applicableIds({ advancedModel: true }, ['developer']);
    for (let n = 1; n <= 11; n += 1) expect(developerIds).toContain(`hcoc:${n}`);
    expect(applicableIds({ advancedModel: true }, ['business_user']).filter((id) => id.startsWith('hcoc:'))).toEqual(
      [],
    );
    expect(applicableIds({}, ['developer']).filter((id) => id.startsWith('hcoc:'))).toEqual([]);
  });
});
