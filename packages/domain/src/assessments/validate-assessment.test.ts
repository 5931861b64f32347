import type { TAnswerInput, TEvidence } from '@kizuna/contracts';
import { describe, expect, it } from 'vitest';
import type { RequirementSnapshot, StoredAnswer } from './assessment-ports.js';
import { readTenantPolicy } from '../policy/read-tenant-policy.js';
import { resolveTierPolicy } from '../policy/resolve-tier-policy.js';
import { validateAssessment } from './validate-assessment.js';

const req = (id: string, expectedEvidence: string[] = []): RequirementSnapshot => ({
  requirementId: id,
  frameworkId: id.split(':')[0]!,
  title: { ja: 'タイトル', en: 'Title' },
  guidance: { ja: '指針', en: 'Guidance' },
  expectedEvidence,
  reasons: [],
});

const evidence = (id: string, kind: TEvidence['kind']): TEvidence => ({
  id,
  systemId: 's',
  kind,
  title: kind,
  url: 'https://example.test',
  fileName: null,
  contentType: null,
  sizeBytes: null,
  sha256: null,
  createdBy: 'u',
  createdAt: '2026-01-01T00:00:00.000Z',
});

const stored = (
  requirementId: string,
  answer: TAnswerInput,
  carriedForward = false,
  confirmed = true,
): StoredAnswer => ({
  requirementId,
  answer,
  carriedForward,
  confirmed,
  answeredBy: 'u-owner',
});

const run = (
  requirements: RequirementSnapshot[],
  answers: StoredAnswer[],
  ev: TEvidence[] = [],
  tier: 'low' | 'high' = 'low',
) =>
  validateAssessment({ requirements, answers, evidence: ev, tierPolicy: resolveTierPolicy(tier), today: '2026-11-26' });

describe('validateAssessment', () => {
  it.each<[string, RequirementSnapshot, StoredAnswer | null, TEvidence[], RegExp | null]>([
    ['a missing answer', req('x:1'), null, [], /no answer yet/],
    [
      'complies with fitting evidence',
      req('x:1', ['model_card']),
      stored('x:1', { answer: 'complies', evidenceIds: ['e1'] }),
      [evidence('e1', 'model_card')],
      null,
    ],
    [
      'complies with evidence of the wrong kind',
      req('x:1', ['model_card']),
      stored('x:1', { answer: 'complies', evidenceIds: ['e1'] }),
      [evidence('e1', 'contract')],
      /model_card/,
    ],
    [
      'complies with no evidence where some is expected',
      req('x:1', ['bias_test']),
      stored('x:1', { answer: 'complies', evidenceIds: [] }),
      [],
      /bias_test/,
    ],
    [
      'complies naming unknown evidence',
      req('x:1'),
      stored('x:1', { answer: 'complies', evidenceIds: ['nope'] }),
      [],
      /unknown evidence/,
    ],
    [
      'complies where no evidence is expected',
      req('x:1'),
      stored('x:1', { answer: 'complies', evidenceIds: [] }),
      [],
      null,
    ],
    [
      'explains with rationale and compensation',
      req('x:1'),
      stored('x:1', { answer: 'explains', rationale: 'r', compensatingMeasure: 'c' }),
      [],
      null,
    ],
    ['not applicable with a reason', req('x:1'), stored('x:1', { answer: 'not_applicable', reason: 'none' }), [], null],
    [
      'a gap due in the future',
      req('x:1'),
      stored('x:1', { answer: 'gap', remediation: 'fix', ownerId: 'u', dueDate: '2027-01-01' }),
      [],
      null,
    ],
    [
      'a gap already overdue',
      req('x:1'),
      stored('x:1', { answer: 'gap', remediation: 'fix', ownerId: 'u', dueDate: '2026-01-01' }),
      [],
      /past/,
    ],
    [
      'an unconfirmed carried-forward answer',
      req('x:1'),
      stored('x:1', { answer: 'not_applicable', reason: 'n' }, true, false),
      [],
      /confirm/,
    ],
  ])('when the answer is %s, then the result is as expected', (_label, requirement, answer, ev, expected) => {
    const errors = run([requirement], answer ? [answer] : [], ev);
    if (expected === null) expect(errors).toEqual([]);
    else {
      expect(errors).toHaveLength(1);
      expect(errors[0]!.path).toBe(`requirements.${requirement.requirementId}`);
      expect(errors[0]!.message).toMatch(expected);
    }
  });

  it('when several answers are wrong, then each is listed by requirement', () => {
    const errors = run(
      [req('a:1'), req('b:2', ['dpia']), req('c:3')],
      [stored('b:2', { answer: 'complies', evidenceIds: [] })],
    );
    expect(errors.map((e) => e.path)).toEqual(['requirements.a:1', 'requirements.b:2', 'requirements.c:3']);
  });

  it('when a high-tier system lacks evidence its tier requires, then each missing kind is listed', () => {
    const errors = run([], [], [evidence('e1', 'model_card')], 'high');
    expect(errors.map((e) => e.path).sort()).toEqual([
      'evidence.bias_test',
      'evidence.incident_procedure',
      'evidence.safety_test',
      'evidence.user_notice',
    ]);
  });
});

describe('readTenantPolicy', () => {
  it('when a stored policy is from an older version, then today’s defaults fill it in', () => {
    const policy = readTenantPolicy({ approverQuorum: { high: 2 } });
    expect(policy).toMatchObject({
      tierOverrides: {},
      signoffReminderDays: 2,
      escalationDays: 5,
      suspendOnLapsedCondition: true,
    });
  });
});
