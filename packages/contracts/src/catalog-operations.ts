import { ZFrameworkVersion, ZLocalizedText, ZRequirement } from '@kizuna/catalog';
import { z } from 'zod';
import type { Operation } from './operation.js';

const ZId = z.string().regex(/^[a-z0-9-]{1,40}$/);
const ZVersion = z.string().regex(/^[A-Za-z0-9.-]{1,40}$/);

export const ZFrameworkSummary = z
  .object({
    id: z.string(),
    name: ZLocalizedText,
    kind: z.string(),
    versions: z.array(
      z.object({
        version: z.string(),
        publishedOn: z.string(),
        status: z.string(),
        requirementCount: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'FrameworkSummary' });

export const ZCatalogDiff = z
  .object({
    frameworkId: z.string(),
    from: z.string(),
    to: z.string(),
    added: z.array(ZRequirement),
    changed: z.array(
      z.object({ id: z.string(), fields: z.array(z.string()), before: ZRequirement, after: ZRequirement }),
    ),
    removed: z.array(ZRequirement),
  })
  .meta({ id: 'CatalogDiff' });

export const CATALOG_OPERATIONS = {
  listFrameworks: {
    id: 'listFrameworks',
    method: 'get',
    path: '/api/v1/catalog/frameworks',
    summary: 'Frameworks and their versions',
    tag: 'catalog',
    auth: 'any',
    tenantScoped: false,
    success: { status: 200, schema: z.object({ items: z.array(ZFrameworkSummary) }) },
  },
  getFrameworkVersion: {
    id: 'getFrameworkVersion',
    method: 'get',
    path: '/api/v1/catalog/frameworks/{id}/versions/{v}',
    summary: 'One framework version with every requirement',
    tag: 'catalog',
    auth: 'any',
    tenantScoped: false,
    params: z.object({ id: ZId, v: ZVersion }),
    success: { status: 200, schema: ZFrameworkVersion },
  },
  diffCatalog: {
    id: 'diffCatalog',
    method: 'get',
    path: '/api/v1/catalog/diff',
    summary: 'Requirements added, changed and removed between two versions',
    tag: 'catalog',
    auth: 'any',
    tenantScoped: false,
    query: z.object({ framework: ZId, from: ZVersion, to: ZVersion }),
    success: { status: 200, schema: ZCatalogDiff },
  },
} satisfies Record<string, Operation>;
