import { z } from 'zod';
import { ZCursorQuery, ZTenantSlug, ZUuid, zText } from './common.js';
import { INCIDENT_CATEGORIES, INCIDENT_SEVERITIES, ZIncident, ZIncidentPersonalData } from './incidents.js';

// The stakeholder feedback channel (issue #7 §4): a public page where anyone reports a problem with a named AI
// system, and the triage queue behind it.

export const FEEDBACK_LANGUAGES = ['ja', 'en'] as const;
export const FEEDBACK_CATEGORIES = ['wrong_output', 'unfair_treatment', 'privacy', 'safety', 'other'] as const;
export const FEEDBACK_STATUSES = ['new', 'dismissed', 'linked', 'promoted'] as const;
export type TFeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

// Control characters other than line breaks have no place in text a person types; they hide content in logs and
// confuse whoever reads the report later.
const LINE_BREAKS = new Set([0x0a, 0x0d]);
const hasControlCharacter = (s: string) =>
  [...s].some((c) => {
    const code = c.codePointAt(0)!;
    return (code < 0x20 && !LINE_BREAKS.has(code)) || (code >= 0x7f && code <= 0x9f);
  });
const NO_CONTROL = 'must not contain control characters (line breaks are fine)';

const zPlainText = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((s) => !hasControlCharacter(s), NO_CONTROL);

const ZIntro = z
  .object({ ja: zPlainText(0, 2000), en: zPlainText(0, 2000) })
  .strict()
  .meta({ id: 'FeedbackIntro' });

export const ZFeedbackChannel = z
  .object({
    enabled: z.boolean(),
    // The AI systems people may name on the public page (by name only).
    systemIds: z.array(ZUuid).max(100),
    intro: ZIntro,
  })
  .strict()
  .meta({ id: 'FeedbackChannel' });
export type TFeedbackChannel = z.infer<typeof ZFeedbackChannel>;

export const ZPublicFeedbackParams = z.object({ tenantSlug: ZTenantSlug });

export const ZPublicFeedbackChannel = z
  .object({
    tenantName: z.string(),
    intro: ZIntro,
    systems: z.array(z.object({ id: ZUuid, name: z.string() })),
  })
  .meta({ id: 'PublicFeedbackChannel' });
export type TPublicFeedbackChannel = z.infer<typeof ZPublicFeedbackChannel>;

export const ZSubmitFeedback = z
  .object({
    systemId: ZUuid.nullable(),
    message: zPlainText(10, 4000).refine((s) => s.trim().length >= 10, 'must have at least 10 characters of text'),
    language: z.enum(FEEDBACK_LANGUAGES),
    contact: z.email().max(254).optional(),
    category: z.enum(FEEDBACK_CATEGORIES).optional(),
    // A honeypot: hidden on the page, so only scripts fill it in.
    website: z.string().max(500).optional(),
  })
  .strict()
  .meta({ id: 'SubmitFeedback' });
export type TSubmitFeedback = z.infer<typeof ZSubmitFeedback>;

export const ZFeedbackReceipt = z.object({ reference: z.string() }).meta({ id: 'FeedbackReceipt' });

export const ZFeedbackReport = z
  .object({
    id: ZUuid,
    reference: z.string(),
    status: z.enum(FEEDBACK_STATUSES),
    systemId: ZUuid.nullable(),
    message: z.string(),
    language: z.enum(FEEDBACK_LANGUAGES),
    contact: z.string().nullable(),
    category: z.enum(FEEDBACK_CATEGORIES).nullable(),
    receivedAt: z.string(),
    triagedAt: z.string().nullable(),
    triagedBy: z.string().nullable(),
    dismissReason: z.string().nullable(),
    incidentId: ZUuid.nullable(),
  })
  .meta({ id: 'FeedbackReport' });
export type TFeedbackReport = z.infer<typeof ZFeedbackReport>;

export const ZFeedbackQuery = ZCursorQuery.extend({
  status: z.enum(FEEDBACK_STATUSES).optional(),
  systemId: ZUuid.optional(),
});
export type TFeedbackQuery = z.infer<typeof ZFeedbackQuery>;

export const ZDismissFeedback = z
  .object({ reason: zText(2000) })
  .strict()
  .meta({ id: 'DismissFeedback' });
export const ZLinkFeedback = z.object({ incidentId: ZUuid }).strict().meta({ id: 'LinkFeedback' });
export const ZPromoteFeedback = z
  .object({
    title: zText(300).optional(),
    severity: z.enum(INCIDENT_SEVERITIES),
    categories: z.array(z.enum(INCIDENT_CATEGORIES)).min(1).max(INCIDENT_CATEGORIES.length),
    awareAt: z.iso.datetime({ offset: true }).optional(),
    // Required by the incident when the categories include personal_data_breach (its APPI clocks run from it).
    personalData: ZIncidentPersonalData.nullable().optional(),
  })
  .strict()
  .meta({ id: 'PromoteFeedback' });
export type TPromoteFeedback = z.infer<typeof ZPromoteFeedback>;

export const ZPromotedFeedback = z
  .object({ feedback: ZFeedbackReport, incident: ZIncident })
  .meta({ id: 'PromotedFeedback' });
