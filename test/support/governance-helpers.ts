import { expect } from 'vitest';
import type { logIn } from './test-context.js';

type Session = Awaited<ReturnType<typeof logIn>>;
type Requirement = { requirementId: string; expectedEvidence: string[] };

const PROFILE_DEFAULTS = {
  usesPersonalData: false,
  usesSensitiveData: false,
  generativeAi: false,
  publicFacing: false,
  automatedDecisions: false,
  euExposure: false,
  advancedModel: false,
  sector: 'general',
};

export const createSystemThroughApi = async (
  who: Session,
  tenant: string,
  input: { name: string; purpose: string; profile: Record<string, unknown> },
): Promise<{ id: string }> => {
  const res = await who.agent
    .post(`/api/v1/tenants/${tenant}/ai-systems`)
    .set('X-CSRF-Token', who.csrf)
    .send({ name: input.name, purpose: input.purpose, profile: { ...PROFILE_DEFAULTS, ...input.profile } })
    .expect(201);
  return res.body;
};

// Uploads one piece of evidence of every kind, then answers each requirement: complies with fitting evidence where
// it expects some, otherwise not applicable with a reason. Enough to satisfy any tier.
export const answerEverything = async (
  who: Session,
  tenant: string,
  systemId: string,
  assessmentId: string,
  requirements: Requirement[],
  _ownerId: string,
) => {
  const base = `/api/v1/tenants/${tenant}/ai-systems/${systemId}`;
  const kinds = [
    'model_card',
    'bias_test',
    'safety_test',
    'user_notice',
    'feedback_channel',
    'incident_procedure',
    'dpia',
    'contract',
    'other',
  ];
  const evidenceByKind = new Map<string, string>();
  for (const kind of kinds) {
    const res = await who.agent
      .post(`${base}/evidence`)
      .set('X-CSRF-Token', who.csrf)
      .send({ kind, title: `${kind} record`, url: `https://docs.example.test/${kind}` })
      .expect(201);
    evidenceByKind.set(kind, res.body.id);
  }
  const answers: Record<string, unknown> = {};
  for (const r of requirements) {
    const fitting = r.expectedEvidence.map((k) => evidenceByKind.get(k)).filter(Boolean);
    answers[r.requirementId] = fitting.length
      ? { answer: 'complies', evidenceIds: [fitting[0]] }
      : { answer: 'not_applicable', reason: 'Out of scope for this system, see the scope note.' };
  }
  const res = await who.agent
    .patch(`${base}/assessments/${assessmentId}`)
    .set('X-CSRF-Token', who.csrf)
    .send({ answers });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};

export const waitFor = async (check: () => Promise<boolean>, timeoutMs = 15_000, everyMs = 100) => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, everyMs));
  }
};
