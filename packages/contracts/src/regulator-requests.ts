import { z } from 'zod';
import { ZCursorQuery, ZUuid, zText } from './common.js';

// Requests from government and regulators (issue #7 §5). The web register is built against these shapes: keep them.

// AI Strategic HQ (AI Promotion Act Art. 25), METI and MIC (AI Guidelines for Business), the PPC (APPI), sector
// regulators (FSA, PMDA, MLIT), the police (Level 4 permits through the Public Safety Commission), or another office.
export const REGULATOR_AUTHORITIES = [
  'ai_strategy_hq',
  'meti',
  'mic',
  'ppc',
  'fsa',
  'pmda',
  'mlit',
  'police',
  'other',
] as const;
export const REGULATOR_REQUEST_KINDS = [
  'guidance',
  'advice',
  'information_request',
  'cooperation_request',
  'report_request',
  'on_site_inspection',
  'other',
] as const;
export const REGULATOR_REQUEST_STATUSES = ['received', 'in_progress', 'responded', 'closed'] as const;
export const REGULATOR_TIMELINE_KINDS = [
  'created',
  'note',
  'updated',
  'status_changed',
  'responded',
  'due_soon',
  'overdue',
] as const;

const ZInstant = z.iso.datetime({ offset: true });

export const ZRegulatorResponse = z
  .object({
    sentAt: ZInstant,
    summary: zText(20_000),
    // How it went out, as the office asked for it (e-mail, post, their portal, in person …).
    channel: zText(200),
    // Our document number, or the one the authority's portal gave.
    reference: zText(200).nullable().optional(),
  })
  .strict()
  .meta({ id: 'RegulatorResponse' });
export type TRegulatorResponse = z.infer<typeof ZRegulatorResponse>;

const ZTimelineInput = z.object({ at: ZInstant.optional(), note: zText(4000) }).strict();

const requestFields = {
  authority: z.enum(REGULATOR_AUTHORITIES),
  // The office as it signed (a bureau, a prefectural commission); required when the authority is `other`.
  authorityName: zText(300).nullable(),
  kind: z.enum(REGULATOR_REQUEST_KINDS),
  // The legal basis as the authority gave it, e.g. "AI Promotion Act Art. 16": never normalised.
  legalBasis: zText(500).nullable(),
  // The authority's document number.
  reference: zText(200).nullable(),
  receivedAt: ZInstant,
  responseDueAt: ZInstant.nullable(),
  summary: zText(20_000),
  systemIds: z.array(ZUuid).max(50),
  incidentIds: z.array(ZUuid).max(50),
  // The member who answers it.
  ownerId: zText(100).nullable(),
};

export const ZCreateRegulatorRequest = z
  .object({
    ...requestFields,
    authorityName: requestFields.authorityName.optional(),
    legalBasis: requestFields.legalBasis.optional(),
    reference: requestFields.reference.optional(),
    responseDueAt: requestFields.responseDueAt.optional(),
    systemIds: requestFields.systemIds.default([]),
    incidentIds: requestFields.incidentIds.default([]),
    ownerId: requestFields.ownerId.optional(),
    timelineEntries: z.array(ZTimelineInput).max(100).default([]),
  })
  .strict()
  .meta({ id: 'CreateRegulatorRequest' });
export type TCreateRegulatorRequest = z.infer<typeof ZCreateRegulatorRequest>;

export const ZUpdateRegulatorRequest = z
  .object({
    ...requestFields,
    status: z.enum(REGULATOR_REQUEST_STATUSES),
    response: ZRegulatorResponse.nullable(),
    timelineEntries: z.array(ZTimelineInput).max(100),
    // Why the change is made; recorded in the timeline entry it produces.
    reason: zText(2000),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== 'reason'), 'at least one field to change')
  .meta({ id: 'UpdateRegulatorRequest' });
export type TUpdateRegulatorRequest = z.infer<typeof ZUpdateRegulatorRequest>;

export const ZRegulatorTimelineEntry = z
  .object({
    seq: z.number().int(),
    at: z.iso.datetime({ offset: true }),
    kind: z.enum(REGULATOR_TIMELINE_KINDS),
    // `system`: the reminder workflow.
    actor: z.object({ type: z.enum(['user', 'api_key', 'system']), id: z.string() }),
    note: z.string(),
    changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
    reason: z.string().nullable(),
  })
  .meta({ id: 'RegulatorRequestTimelineEntry' });
export type TRegulatorTimelineEntry = z.infer<typeof ZRegulatorTimelineEntry>;

const requestOutput = {
  id: ZUuid,
  authority: z.enum(REGULATOR_AUTHORITIES),
  authorityName: z.string().nullable(),
  kind: z.enum(REGULATOR_REQUEST_KINDS),
  legalBasis: z.string().nullable(),
  reference: z.string().nullable(),
  receivedAt: z.iso.datetime(),
  responseDueAt: z.iso.datetime().nullable(),
  // The due instant's calendar date in Asia/Tokyo.
  responseDueDate: z.iso.date().nullable(),
  summary: z.string(),
  systemIds: z.array(ZUuid),
  incidentIds: z.array(ZUuid),
  ownerId: z.string().nullable(),
  status: z.enum(REGULATOR_REQUEST_STATUSES),
  response: ZRegulatorResponse.nullable(),
  // Due, passed, and not yet answered (received or in progress) at the time of the read.
  overdue: z.boolean(),
  createdBy: z.string(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

export const ZRegulatorRequestSummary = z.object(requestOutput).meta({ id: 'RegulatorRequestSummary' });
export type TRegulatorRequestSummary = z.infer<typeof ZRegulatorRequestSummary>;

export const ZRegulatorRequest = z
  .object({ ...requestOutput, timeline: z.array(ZRegulatorTimelineEntry) })
  .meta({ id: 'RegulatorRequest' });
export type TRegulatorRequest = z.infer<typeof ZRegulatorRequest>;

export const ZRegulatorRequestsQuery = ZCursorQuery.extend({
  status: z.enum(REGULATOR_REQUEST_STATUSES).optional(),
  authority: z.enum(REGULATOR_AUTHORITIES).optional(),
  systemId: ZUuid.optional(),
  // true: due date passed with no response yet; false: not (or no due date).
  overdue: z.enum(['true', 'false']).optional(),
});
export type TRegulatorRequestsQuery = z.infer<typeof ZRegulatorRequestsQuery>;

/** A request as the system's dossier lists it. */
export const ZDossierRegulatorRequest = z
  .object({
    id: ZUuid,
    authority: z.enum(REGULATOR_AUTHORITIES),
    authorityName: z.string().nullable(),
    kind: z.enum(REGULATOR_REQUEST_KINDS),
    legalBasis: z.string().nullable(),
    reference: z.string().nullable(),
    receivedAt: z.iso.datetime(),
    responseDueAt: z.iso.datetime().nullable(),
    responseDueDate: z.iso.date().nullable(),
    status: z.enum(REGULATOR_REQUEST_STATUSES),
    responseSentAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'DossierRegulatorRequest' });
export type TDossierRegulatorRequest = z.infer<typeof ZDossierRegulatorRequest>;
