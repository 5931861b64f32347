import { EVIDENCE_KINDS } from '@kizuna/catalog';
import { z } from 'zod';
import { AI_ROLES, LIFECYCLE_STATES, RISK_TIERS } from './ai-systems.js';
import { ZDate, ZDateTime, ZUuid, zText } from './common.js';
import { ZDossierRegulatorRequest } from './regulator-requests.js';

const ZLocalized = z.object({ ja: z.string(), en: z.string() });

export const ZRoleQuestionnaire = z
  .object({ trainsOrFineTunes: z.boolean(), offersToOthers: z.boolean(), usesInOwnOperations: z.boolean() })
  .strict()
  .meta({ id: 'RoleQuestionnaire' });
export type TRoleQuestionnaire = z.infer<typeof ZRoleQuestionnaire>;

export const ZRoleDetermination = z
  .object({
    answers: ZRoleQuestionnaire,
    roles: z.array(z.enum(AI_ROLES)),
    reasons: z.array(z.object({ role: z.enum(AI_ROLES), reason: ZLocalized })),
    determinedBy: z.string(),
    determinedAt: ZDateTime,
  })
  .meta({ id: 'RoleDetermination' });
export type TRoleDetermination = z.infer<typeof ZRoleDetermination>;

export const ZRiskAssessment = z
  .object({
    ruleSetVersion: z.string(),
    tier: z.enum(RISK_TIERS),
    score: z.number().int(),
    prohibitedUse: z.boolean(),
    factors: z.array(z.object({ code: z.string(), weight: z.number().int(), label: ZLocalized })),
  })
  .meta({ id: 'RiskAssessment' });
export type TRiskAssessment = z.infer<typeof ZRiskAssessment>;

// The evidence vocabulary is the catalog's: requirements name the kinds they expect.
export { EVIDENCE_KINDS };

export const ANSWER_KINDS = ['complies', 'explains', 'not_applicable', 'gap'] as const;

// One answer per requirement: comply, or explain why not and what compensates.
export const ZAnswerInput = z
  .discriminatedUnion('answer', [
    z
      .object({
        answer: z.literal('complies'),
        evidenceIds: z.array(ZUuid).max(20).default([]),
        note: zText(4000).optional(),
      })
      .strict(),
    z.object({ answer: z.literal('explains'), rationale: zText(4000), compensatingMeasure: zText(4000) }).strict(),
    z.object({ answer: z.literal('not_applicable'), reason: zText(4000) }).strict(),
    z.object({ answer: z.literal('gap'), remediation: zText(4000), ownerId: ZUuid, dueDate: ZDate }).strict(),
  ])
  .meta({ id: 'AnswerInput' });
export type TAnswerInput = z.infer<typeof ZAnswerInput>;

export const ZAnswersRequest = z
  .object({
    answers: z
      .record(z.string().max(100), ZAnswerInput)
      .refine((r) => Object.keys(r).length <= 500, 'too many answers'),
  })
  .strict()
  .meta({ id: 'AnswersRequest' });

export const ZAssessmentRequirement = z.object({
  requirementId: z.string(),
  frameworkId: z.string(),
  title: ZLocalized,
  guidance: ZLocalized,
  expectedEvidence: z.array(z.string()),
  reasons: z.array(ZLocalized),
  answer: ZAnswerInput.nullable(),
  carriedForward: z.boolean(),
  confirmed: z.boolean(),
});

export const ASSESSMENT_STATUSES = ['in_progress', 'submitted', 'approved', 'rejected', 'superseded'] as const;

export const ZAssessment = z
  .object({
    id: ZUuid,
    systemId: ZUuid,
    cycle: z.number().int(),
    kind: z.enum(['initial', 'review']),
    status: z.enum(ASSESSMENT_STATUSES),
    catalogVersions: z.array(z.object({ frameworkId: z.string(), version: z.string() })),
    requirements: z.array(ZAssessmentRequirement),
    submittedBy: z.string().nullable(),
    submittedAt: ZDateTime.nullable(),
    snapshotHash: z.string().nullable(),
    risk: ZRiskAssessment.nullable(),
    createdAt: ZDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'Assessment' });
export type TAssessment = z.infer<typeof ZAssessment>;

export const ZAssessmentParams = z.object({ tenant: z.string(), id: ZUuid, aid: ZUuid });

// A link a reader of the dossier will open: web addresses only (no javascript:, data: or file:), no credentials
// in it. Plain http is refused in production by the domain (addEvidence), which knows where it runs.
const ZEvidenceUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .refine((u) => !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(u), 'must not contain a user name or password');

export const ZEvidenceInput = z
  .object({
    kind: z.enum(EVIDENCE_KINDS),
    title: zText(300),
    url: ZEvidenceUrl.optional(),
    file: z
      .object({
        name: zText(255),
        contentType: z
          .string()
          .max(100)
          .regex(/^[\w.+-]+\/[\w.+-]+$/),
        // Base64 in JSON keeps the API one content type; the size limit is on the decoded bytes.
        dataBase64: z
          .string()
          .max(7_000_000)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((e) => Boolean(e.url) !== Boolean(e.file), 'give either a url or a file, not both')
  .meta({ id: 'EvidenceInput' });
export type TEvidenceInput = z.infer<typeof ZEvidenceInput>;

export const ZEvidence = z
  .object({
    id: ZUuid,
    systemId: ZUuid,
    kind: z.enum(EVIDENCE_KINDS),
    title: z.string(),
    url: z.string().nullable(),
    fileName: z.string().nullable(),
    contentType: z.string().nullable(),
    sizeBytes: z.number().int().nullable(),
    sha256: z.string().nullable(),
    createdBy: z.string(),
    createdAt: ZDateTime,
  })
  .meta({ id: 'Evidence' });
export type TEvidence = z.infer<typeof ZEvidence>;

export const DECISIONS = ['approve', 'approve_with_conditions', 'reject'] as const;

export const ZSignOffRequest = z
  .object({
    assessmentId: ZUuid,
    decision: z.enum(DECISIONS),
    snapshotHash: z.string().regex(/^[0-9a-f]{64}$/),
    attestation: zText(4000),
    conditions: z
      .array(z.object({ text: zText(2000), ownerId: ZUuid, dueDate: ZDate }).strict())
      .max(20)
      .default([]),
    comment: zText(4000).optional(),
    // Fresh authentication: the password again, unless the session logged in within the last 5 minutes.
    password: z.string().min(1).max(1024).optional(),
  })
  .strict()
  .refine((r) => r.decision !== 'approve_with_conditions' || r.conditions.length > 0, {
    message: 'approval with conditions needs at least one condition',
    path: ['conditions'],
  })
  .meta({ id: 'SignOffRequest' });
export type TSignOffRequest = z.infer<typeof ZSignOffRequest>;

export const ZSignOff = z
  .object({
    id: ZUuid,
    systemId: ZUuid,
    assessmentId: ZUuid,
    decision: z.enum(DECISIONS),
    snapshotHash: z.string(),
    attestation: z.string(),
    conditions: z.array(z.object({ id: z.string(), text: z.string(), ownerId: z.string(), dueDate: ZDate })),
    comment: z.string().nullable(),
    signerId: z.string(),
    signerName: z.string(),
    decidedAt: ZDateTime,
  })
  .meta({ id: 'SignOff' });
export type TSignOff = z.infer<typeof ZSignOff>;

export const ZPendingSignOff = z
  .object({
    systemId: ZUuid,
    systemName: z.string(),
    assessmentId: ZUuid,
    snapshotHash: z.string(),
    risk: ZRiskAssessment,
    quorum: z.number().int(),
    approvals: z.number().int(),
    submittedBy: z.string(),
    submittedAt: ZDateTime,
  })
  .meta({ id: 'PendingSignOff' });

export const ZTransition = z.object({
  seq: z.number().int(),
  fromState: z.enum(LIFECYCLE_STATES).nullable(),
  toState: z.enum(LIFECYCLE_STATES),
  action: z.string(),
  actorId: z.string(),
  at: ZDateTime,
  data: z.unknown(),
});

export const ZLifecycleView = z
  .object({
    state: z.enum(LIFECYCLE_STATES),
    transitions: z.array(ZTransition),
    live: z
      .object({
        quorum: z.number().int().nullable(),
        approvals: z.array(z.object({ signerId: z.string(), decision: z.enum(DECISIONS) })),
        openConditions: z.array(
          z.object({
            id: z.string(),
            ownerId: z.string(),
            dueAt: z.string(),
            fulfilmentSubmittedBy: z.string().nullable(),
          }),
        ),
        nextTimer: z.object({ kind: z.string(), at: ZDateTime }).nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'LifecycleView' });

export const ZRiskLogEntry = z
  .object({
    id: ZUuid,
    systemId: ZUuid,
    assessmentId: ZUuid,
    requirementId: z.string(),
    description: z.string(),
    ownerId: z.string(),
    dueDate: ZDate,
    status: z.enum(['open', 'closed']),
    createdAt: ZDateTime,
  })
  .meta({ id: 'RiskLogEntry' });

export const ZNotification = z
  .object({
    id: ZUuid,
    kind: z.string(),
    systemId: ZUuid.nullable(),
    payload: z.unknown(),
    createdAt: ZDateTime,
    readAt: ZDateTime.nullable(),
  })
  .meta({ id: 'Notification' });

export const ZSignOffsQuery = z.object({ pending: z.enum(['mine']).optional() });

export const ZDossierQuery = z.object({ at: ZDateTime.optional() });

export const ZDossier = z
  .object({
    generatedAt: ZDateTime,
    asOf: ZDateTime,
    system: z.record(z.string(), z.unknown()),
    roleDetermination: ZRoleDetermination.nullable(),
    risk: ZRiskAssessment.nullable(),
    assessment: ZAssessment.nullable(),
    evidence: z.array(ZEvidence),
    riskLog: z.array(ZRiskLogEntry),
    signOffs: z.array(ZSignOff),
    signedSnapshotHashes: z.array(z.string()),
    // The public feedback page where people report problems with this system; null when the channel does not
    // list it.
    feedbackChannelUrl: z.string().nullable(),
    // Requests from authorities linked to the system that the caller may read (issue #7 §5).
    regulatorRequests: z.array(ZDossierRegulatorRequest),
  })
  .meta({ id: 'Dossier' });

export const ZMember = z
  .object({ id: z.string(), displayName: z.string(), email: z.string(), roles: z.array(z.string()) })
  .meta({ id: 'Member' });
