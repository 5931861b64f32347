import { z } from 'zod';

// The shape of catalog data: frameworks → versions → requirements. Content lands with the governance loop.
export const ZSource = z.object({
  document: z.string(),
  version: z.string(),
  section: z.string(),
  date: z.string(),
  url: z.url().optional(),
  confidence: z.enum(['verified', 'secondary', 'unverified']),
});

export const ZLocalizedText = z.object({ ja: z.string().min(1), en: z.string().min(1) });

export const ZRequirement = z.object({
  id: z.string().regex(/^[a-z0-9-]+:[A-Za-z0-9.-]+$/),
  title: ZLocalizedText,
  guidance: ZLocalizedText,
  appliesTo: z.array(z.enum(['developer', 'provider', 'business_user'])).min(1),
  evidenceKinds: z.array(z.string()),
  crosswalk: z.array(z.string()),
  source: ZSource,
});
export type TRequirement = z.infer<typeof ZRequirement>;

export const ZFrameworkVersion = z.object({
  frameworkId: z.string(),
  version: z.string(),
  publishedOn: z.string(),
  requirements: z.array(ZRequirement),
});
export type TFrameworkVersion = z.infer<typeof ZFrameworkVersion>;
