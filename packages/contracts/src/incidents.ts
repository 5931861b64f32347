import { DEADLINE_KINDS, DEADLINE_NATURES, INCIDENT_EXEMPTIONS, INCIDENT_TRIGGERS } from '@kizuna/catalog';
import { z } from 'zod';
import { ZCursorQuery, ZUuid, zText } from './common.js';

// Incidents (issue #7 §1). Field names are the ones integrators' code depends on: keep them.

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const INCIDENT_CATEGORIES = [
  'personal_data_breach',
  'rights_infringement',
  'safety',
  'bias',
  'security',
  'ip_copyright',
  'deepfake_misinformation',
  'other',
] as const;
export const INCIDENT_STATUSES = ['open', 'contained', 'resolved', 'closed'] as const;
export const TIMELINE_ENTRY_KINDS = [
  'created',
  'note',
  'status_changed',
  'facts_changed',
  'updated',
  'report_filed',
] as const;

const ZInstant = z.iso.datetime({ offset: true });

/** What the incident tells about personal data; the APPI reportability and clocks are computed from it. */
export const ZIncidentPersonalData = z
  .object({
    // null: not known yet (the count trigger then does not hold; the other triggers still do).
    affectedCount: z.number().int().min(0).max(10_000_000_000).nullable().default(null),
    affectedCountEstimated: z.boolean().default(false),
    sensitive: z.boolean().default(false),
    financialLossRisk: z.boolean().default(false),
    wrongfulPurpose: z.boolean().default(false),
    highlyEncrypted: z.boolean().default(false),
    // The controller's name when this business handles the data as a processor for it.
    processorFor: zText(200).nullable().default(null),
  })
  .strict()
  .meta({ id: 'IncidentPersonalData' });
export type TIncidentPersonalData = z.infer<typeof ZIncidentPersonalData>;

export const ZCorrectiveAction = z
  .object({
    description: zText(2000),
    owner: zText(200),
    dueDate: z.iso.date(),
    done: z.boolean().default(false),
  })
  .strict()
  .meta({ id: 'CorrectiveAction' });
export type TCorrectiveAction = z.infer<typeof ZCorrectiveAction>;

const ZTimelineInput = z.object({ at: ZInstant.optional(), note: zText(4000) }).strict();

const incidentFields = {
  title: zText(300),
  description: zText(20_000),
  severity: z.enum(INCIDENT_SEVERITIES),
  categories: z.array(z.enum(INCIDENT_CATEGORIES)).min(1).max(INCIDENT_CATEGORIES.length),
  systemIds: z.array(ZUuid).max(50),
  occurredAt: ZInstant.nullable(),
  detectedAt: ZInstant,
  // When the business became aware: every regulatory clock runs from here.
  awareAt: ZInstant,
  reporter: zText(300).nullable(),
  containment: zText(20_000).nullable(),
  rootCause: zText(20_000).nullable(),
  correctiveActions: z.array(ZCorrectiveAction).max(100),
};

export const ZCreateIncident = z
  .object({
    ...incidentFields,
    systemIds: incidentFields.systemIds.default([]),
    occurredAt: incidentFields.occurredAt.optional(),
    reporter: incidentFields.reporter.optional(),
    containment: incidentFields.containment.optional(),
    rootCause: incidentFields.rootCause.optional(),
    correctiveActions: incidentFields.correctiveActions.default([]),
    personalData: ZIncidentPersonalData.nullable().optional(),
    timelineEntries: z.array(ZTimelineInput).max(100).default([]),
  })
  .strict()
  .meta({ id: 'CreateIncident' });
export type TCreateIncident = z.infer<typeof ZCreateIncident>;

export const ZUpdateIncident = z
  .object({
    ...incidentFields,
    status: z.enum(INCIDENT_STATUSES),
    // Merged into the current facts; null removes them (only when the incident is no personal-data breach).
    personalData: ZIncidentPersonalData.partial().strict().nullable(),
    timelineEntries: z.array(ZTimelineInput).max(100),
    // Why the change is made; recorded in the timeline entry it produces.
    reason: zText(2000),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== 'reason'), 'at least one field to change')
  .meta({ id: 'UpdateIncident' });
export type TUpdateIncident = z.infer<typeof ZUpdateIncident>;

export const ZReportability = z
  .object({
    ruleId: z.string(),
    reportable: z.boolean(),
    // The triggers of the rule the facts meet: why it is reportable.
    basis: z.array(z.enum(INCIDENT_TRIGGERS)),
    exemption: z.enum(INCIDENT_EXEMPTIONS).nullable(),
  })
  .meta({ id: 'Reportability' });

export const ZRegulatoryClock = z
  .object({
    kind: z.enum(DEADLINE_KINDS),
    ruleId: z.string(),
    recipient: z.enum(['regulator', 'data_subjects', 'controller']),
    nature: z.enum(DEADLINE_NATURES),
    dueAt: z.string().nullable(),
    dueDate: z.iso.date().nullable(),
    guidanceDays: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
    // filed: the report was made (a filed clock is never overdue, however late the filing was).
    status: z.enum(['open', 'overdue', 'filed']),
    basis: z.object({ triggers: z.array(z.enum(INCIDENT_TRIGGERS)), counting: z.string().nullable() }),
    label: z.object({ ja: z.string(), en: z.string() }),
    filedAt: z.iso.datetime().nullable(),
    filingId: ZUuid.nullable(),
  })
  .meta({ id: 'RegulatoryClock' });
export type TRegulatoryClock = z.infer<typeof ZRegulatoryClock>;

export const ZClockChange = z.object({
  kind: z.enum(DEADLINE_KINDS),
  ruleId: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  change: z.enum(['started', 'stopped', 'moved']),
});

export const ZTimelineEntry = z
  .object({
    seq: z.number().int(),
    at: z.iso.datetime({ offset: true }),
    kind: z.enum(TIMELINE_ENTRY_KINDS),
    actor: z.object({ type: z.enum(['user', 'api_key']), id: z.string() }),
    note: z.string(),
    changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
    clockChanges: z.array(ZClockChange),
    reason: z.string().nullable(),
  })
  .meta({ id: 'IncidentTimelineEntry' });
export type TTimelineEntry = z.infer<typeof ZTimelineEntry>;

const incidentOutput = {
  id: ZUuid,
  title: z.string(),
  description: z.string(),
  severity: z.enum(INCIDENT_SEVERITIES),
  categories: z.array(z.enum(INCIDENT_CATEGORIES)),
  systemIds: z.array(ZUuid),
  occurredAt: z.iso.datetime().nullable(),
  detectedAt: z.iso.datetime(),
  awareAt: z.iso.datetime(),
  reporter: z.string().nullable(),
  status: z.enum(INCIDENT_STATUSES),
  containment: z.string().nullable(),
  rootCause: z.string().nullable(),
  correctiveActions: z.array(ZCorrectiveAction),
  personalData: ZIncidentPersonalData.nullable(),
  reportability: ZReportability,
  regulatoryClocks: z.array(ZRegulatoryClock),
  createdBy: z.string(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

export const ZIncidentSummary = z.object(incidentOutput).meta({ id: 'IncidentSummary' });
export type TIncidentSummary = z.infer<typeof ZIncidentSummary>;

export const ZIncident = z.object({ ...incidentOutput, timeline: z.array(ZTimelineEntry) }).meta({ id: 'Incident' });
export type TIncident = z.infer<typeof ZIncident>;

export const ZIncidentsQuery = ZCursorQuery.extend({
  status: z.enum(INCIDENT_STATUSES).optional(),
  severity: z.enum(INCIDENT_SEVERITIES).optional(),
  systemId: ZUuid.optional(),
  // true: some dated clock has passed its deadline; false: none has.
  overdue: z.enum(['true', 'false']).optional(),
});
export type TIncidentsQuery = z.infer<typeof ZIncidentsQuery>;

// Filings: the report each clock asks for, recorded when it was made (issue #7 §3).
export const FILING_CHANNELS = ['ppc_online_form', 'email', 'post', 'in_person', 'other'] as const;

export const ZCreateIncidentFiling = z
  .object({
    clockKind: z.enum(DEADLINE_KINDS),
    // When the report was made; now when left out. Not in the future, not before awareAt (the domain checks both).
    filedAt: ZInstant.optional(),
    channel: z.enum(FILING_CHANNELS),
    // The regulator's receipt number.
    reference: zText(200).optional(),
    note: zText(4000).optional(),
    // A copy of what was filed: https only, no credentials in the link.
    documentUrl: z
      .url({ protocol: /^https$/ })
      .max(2000)
      .refine((u) => !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(u), 'must not contain a user name or password')
      .optional(),
  })
  .strict()
  .meta({ id: 'CreateIncidentFiling' });
export type TCreateIncidentFiling = z.infer<typeof ZCreateIncidentFiling>;

export const ZIncidentFiling = z
  .object({
    id: ZUuid,
    incidentId: ZUuid,
    clockKind: z.enum(DEADLINE_KINDS),
    ruleId: z.string(),
    filedAt: z.iso.datetime(),
    filedBy: z.string(),
    channel: z.enum(FILING_CHANNELS),
    reference: z.string().nullable(),
    note: z.string().nullable(),
    documentUrl: z.string().nullable(),
  })
  .meta({ id: 'IncidentFiling' });
export type TIncidentFiling = z.infer<typeof ZIncidentFiling>;
