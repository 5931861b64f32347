import { z } from 'zod';

// The shape of catalog data: frameworks → versions → requirements. Every record is parsed with these schemas when
// the catalog loads, so a typo in a data file fails at import time, not in a customer's assessment.

export const ROLES = ['developer', 'provider', 'business_user'] as const;
export const SECTORS = ['general', 'medical', 'finance', 'mobility', 'employment', 'education', 'public'] as const;
export const PROFILE_FACTS = [
  'usesPersonalData',
  'usesSensitiveData',
  'generativeAi',
  'publicFacing',
  'automatedDecisions',
  'euExposure',
  'advancedModel',
] as const;
export const EVIDENCE_KINDS = [
  'model_card',
  'bias_test',
  'safety_test',
  'user_notice',
  'feedback_channel',
  'incident_procedure',
  'dpia',
  'contract',
  'other',
] as const;
export const FRAMEWORK_KINDS = [
  'guideline',
  'law',
  'code_of_conduct',
  'sector_overlay',
  'standard',
  'context',
] as const;
export const FRAMEWORK_VERSION_STATUSES = ['current', 'superseded', 'draft'] as const;
// Strongest first: the order is used to check that a requirement never claims more than its weakest fact.
export const CONFIDENCE_LEVELS = ['verified', 'secondary', 'unverified'] as const;
// binding: a law in force; voluntary: soft law, answered comply-or-explain; context: informs, creates no duty;
// reference: a crosswalk target, shown for mapping rather than assessed on its own.
export const REQUIREMENT_FORCES = ['binding', 'voluntary', 'context', 'reference'] as const;
// 'all_tiers' marks duties that apply whatever the tier (e.g. AI literacy).
export const EU_RISK_TIERS = ['prohibited', 'high', 'transparency', 'gpai', 'minimal', 'all_tiers'] as const;
// Regulatory clocks an incident can start, named by the duty (APPI's are the ones sourced so far).
export const DEADLINE_KINDS = [
  'appi_preliminary',
  'appi_final',
  'appi_data_subject_notice',
  'appi_controller_notice',
] as const;
// limit: a legal outer limit in days; guidance: a promptness target from the regulator's guidance, shown as such;
// promptly: "without delay", with no number of days to count.
export const DEADLINE_NATURES = ['limit', 'guidance', 'promptly'] as const;
// Who owes the clock: the business that controls the data, a processor handling it for another, or either.
export const DEADLINE_HOLDERS = ['controller', 'processor', 'any'] as const;
export const INCIDENT_EXEMPTIONS = ['highly_encrypted'] as const;
export const DEADLINE_ANCHORS = ['awareness'] as const;
export const INCIDENT_TRIGGERS = [
  'sensitive_data',
  'financial_loss_risk',
  'wrongful_purpose',
  'over_1000_people',
] as const;

export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;
export const ZSector = z.enum(SECTORS);
export type TSector = z.infer<typeof ZSector>;
export const ZProfileFact = z.enum(PROFILE_FACTS);
export type TProfileFact = z.infer<typeof ZProfileFact>;
export const ZEvidenceKind = z.enum(EVIDENCE_KINDS);
export type TEvidenceKind = z.infer<typeof ZEvidenceKind>;
export const ZConfidence = z.enum(CONFIDENCE_LEVELS);
export type TConfidence = z.infer<typeof ZConfidence>;
export const ZEuRiskTier = z.enum(EU_RISK_TIERS);
export type TEuRiskTier = z.infer<typeof ZEuRiskTier>;
export const ZFrameworkKind = z.enum(FRAMEWORK_KINDS);
export type TFrameworkKind = z.infer<typeof ZFrameworkKind>;

const ZIsoDate = z.iso.date();
// Sources are sometimes dated only to the month or year (e.g. "Nov 2021"); a guessed day would be a false fact.
const ZPartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

export const ZLocalizedText = z.strictObject({ ja: z.string().trim().min(1), en: z.string().trim().min(1) });
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

export const ZSource = z.strictObject({
  document: z.string().min(1),
  version: z.string().min(1),
  section: z.string().min(1),
  date: ZPartialDate,
  url: z.url().optional(),
  confidence: ZConfidence,
  // Why the mark is what it is, when that is not obvious (e.g. "article number from memory").
  note: z.string().min(1).optional(),
});
export type TSource = z.infer<typeof ZSource>;

// The AI system profile the predicates read. Field names match the contracts package's AiSystemProfile.
export const ZAiSystemProfile = z.object({
  usesPersonalData: z.boolean(),
  usesSensitiveData: z.boolean(),
  generativeAi: z.boolean(),
  publicFacing: z.boolean(),
  automatedDecisions: z.boolean(),
  euExposure: z.boolean(),
  advancedModel: z.boolean(),
  sector: ZSector,
});
export type TAiSystemProfile = z.infer<typeof ZAiSystemProfile>;

export type TPredicate =
  | { always: true }
  | { fact: TProfileFact }
  | { sector: TSector[] }
  | { all: TPredicate[] }
  | { any: TPredicate[] }
  | { not: TPredicate };

// Strict objects: `{ fact: 'x', sector: [...] }` is ambiguous, so it is rejected rather than half-read.
export const ZPredicate: z.ZodType<TPredicate> = z
  .lazy(() =>
    z.union([
      z.strictObject({ always: z.literal(true) }),
      z.strictObject({ fact: ZProfileFact }),
      z.strictObject({ sector: z.array(ZSector).min(1) }),
      z.strictObject({ all: z.array(ZPredicate).min(1) }),
      z.strictObject({ any: z.array(ZPredicate).min(1) }),
      z.strictObject({ not: ZPredicate }),
    ]),
  )
  .meta({ id: 'ApplicabilityPredicate', description: 'When a requirement applies to an AI system, over its profile' });

// A regulatory clock. `days` is the outer limit in calendar days after `from` (counted as the Civil Code counts
// periods); `minDays` opens a "promptly, about N–M days" guidance window; `onlyWhen` restricts the clock to incidents
// with that trigger, and `replaces` names the clock it then takes the place of (e.g. 60 days instead of 30).
export const ZDeadline = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+:[A-Za-z0-9.-]+\/[a-z0-9-]+$/),
    kind: z.enum(DEADLINE_KINDS),
    recipient: z.enum(['regulator', 'data_subjects', 'controller']),
    nature: z.enum(DEADLINE_NATURES),
    holder: z.enum(DEADLINE_HOLDERS),
    days: z.number().int().positive().optional(),
    minDays: z.number().int().positive().optional(),
    from: z.enum(DEADLINE_ANCHORS),
    onlyWhen: z.enum(INCIDENT_TRIGGERS).optional(),
    replaces: z.string().optional(),
    label: ZLocalizedText,
    source: ZSource,
  })
  .refine((d) => (d.nature === 'promptly') === (d.days === undefined), {
    message: 'a clock counts days exactly when it is not a bare "promptly"',
    path: ['days'],
  });
export type TDeadline = z.infer<typeof ZDeadline>;

const ZRequirementId = z.string().regex(/^[a-z0-9-]+:[A-Za-z0-9.-]+$/);

const rankConfidence = (c: TConfidence): number => CONFIDENCE_LEVELS.indexOf(c);

export const ZRequirement = z
  .strictObject({
    id: ZRequirementId,
    title: ZLocalizedText,
    guidance: ZLocalizedText,
    appliesTo: z.array(ZRole).min(1),
    applicability: ZPredicate,
    expectedEvidence: z.array(ZEvidenceKind),
    crosswalk: z.array(ZRequirementId),
    force: z.enum(REQUIREMENT_FORCES),
    // EU AI Act items only: the risk tier the article belongs to.
    riskTier: ZEuRiskTier.optional(),
    // First day the rule applies, where that differs from the version's publication (e.g. staged entry into force).
    effectiveFrom: ZIsoDate.optional(),
    deadlines: z.array(ZDeadline).optional(),
    // Incident kinds that make a breach reportable (APPI-style rules); without one, no clock starts.
    reportableWhen: z.array(z.enum(INCIDENT_TRIGGERS)).optional(),
    // The `over_1000_people` trigger holds when more than this many people are affected.
    peopleThreshold: z.number().int().positive().optional(),
    // Facts that take an incident out of the rule altogether (e.g. the data was highly encrypted).
    exemptWhen: z.array(z.enum(INCIDENT_EXEMPTIONS)).optional(),
    source: ZSource,
    // The weakest mark among every fact this record encodes: the citation, the ID scheme, the deadlines.
    confidence: ZConfidence,
  })
  .superRefine((r, ctx) => {
    const weakest = [r.source, ...(r.deadlines ?? []).map((d) => d.source)]
      .map((s) => rankConfidence(s.confidence))
      .reduce((a, b) => Math.max(a, b), 0);
    if (rankConfidence(r.confidence) < weakest) {
      ctx.addIssue({
        code: 'custom',
        path: ['confidence'],
        message: `${r.id}: confidence "${r.confidence}" is stronger than a source it rests on`,
      });
    }
    if (new Set(r.appliesTo).size !== r.appliesTo.length) {
      ctx.addIssue({ code: 'custom', path: ['appliesTo'], message: `${r.id}: duplicate role` });
    }
  });
export type TRequirement = z.infer<typeof ZRequirement>;

export const ZFrameworkVersion = z
  .strictObject({
    frameworkId: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().min(1),
    publishedOn: ZPartialDate,
    status: z.enum(FRAMEWORK_VERSION_STATUSES),
    // How this version was compiled, e.g. which items were carried over unchanged from the previous one.
    note: z.string().min(1).optional(),
    requirements: z.array(ZRequirement).min(1),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.requirements.forEach((r, i) => {
      if (seen.has(r.id)) {
        ctx.addIssue({ code: 'custom', path: ['requirements', i, 'id'], message: `duplicate id ${r.id}` });
      }
      seen.add(r.id);
      // The prefix is how getRequirement finds the framework, so it must match.
      if (!r.id.startsWith(`${v.frameworkId}:`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['requirements', i, 'id'],
          message: `${r.id} is not in ${v.frameworkId}`,
        });
      }
    });
  });
export type TFrameworkVersion = z.infer<typeof ZFrameworkVersion>;

export const ZFramework = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: ZLocalizedText,
    kind: ZFrameworkKind,
    versions: z.array(ZFrameworkVersion).min(1),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.versions.forEach((v, i) => {
      if (v.frameworkId !== f.id) {
        ctx.addIssue({ code: 'custom', path: ['versions', i], message: `${v.frameworkId} listed under ${f.id}` });
      }
      if (seen.has(v.version)) {
        ctx.addIssue({ code: 'custom', path: ['versions', i], message: `duplicate version ${v.version}` });
      }
      seen.add(v.version);
    });
  });
export type TFramework = z.infer<typeof ZFramework>;
