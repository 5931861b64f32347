import { randomBytes } from 'node:crypto';
import { API_KEY_SCOPES, type ApiKeyScope } from '@kizuna/authz';
import type { HttpMethod } from '@kizuna/contracts';
import type { Express } from 'express';
import type pg from 'pg';
import supertest, { type Response } from 'supertest';
import { expect } from 'vitest';
import { ensureUser, grantMembership, type Deps } from '@kizuna/domain';
import { logIn, TEST_PASSWORD, type TestTenant } from './test-context.js';

// Helpers shared by the API and isolation suites: callers (people and API keys), problem assertions, snapshots.

export const ALL_SCOPES = API_KEY_SCOPES;
export type Scope = ApiKeyScope;

export const hex = (bytes = 6) => randomBytes(bytes).toString('hex');

// A string that appears nowhere unless we put it there.
export const canary = (label: string) => `canary-${label}-${hex(8)}`;

// An API key id that follows the real format but names no key.
export const randomApiKeyId = () =>
  [...randomBytes(16)].map((b) => 'abcdefghijklmnopqrstuvwxyz234567'[b % 32]).join('');

export const fillPath = (path: string, params: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });

export type CallOptions = { body?: unknown; headers?: Record<string, string>; csrf?: boolean };

// Someone who calls the API: a logged-in person (cookie + CSRF token) or an API key (bearer).
export type Caller = {
  label: string;
  kind: 'user' | 'api_key';
  call: (method: HttpMethod, path: string, options?: CallOptions) => Promise<Response>;
};

const withOptions = (req: supertest.Test, options: CallOptions) => {
  for (const [k, v] of Object.entries(options.headers ?? {})) req.set(k, v);
  return options.body === undefined ? req : req.send(options.body as object);
};

export const userCaller = async (app: Express, email: string, label: string): Promise<Caller> => {
  const { agent, csrf } = await logIn(app, email);
  return {
    label,
    kind: 'user',
    call: (method, path, options = {}) => {
      const req = agent[method](path);
      if (options.csrf !== false) req.set('X-CSRF-Token', csrf);
      return withOptions(req, options);
    },
  };
};

export const keyCaller = (app: Express, token: string, label: string): Caller => ({
  label,
  kind: 'api_key',
  call: (method, path, options = {}) =>
    withOptions(supertest(app)[method](path).set('Authorization', `Bearer ${token}`), options),
});

export type CreatedKey = { id: string; secret: string; name: string; scopes: string[] };

// Creates an API key the way a tenant admin does: POST /api-keys with a logged-in session.
export const createKeyAs = async (
  admin: Caller,
  tenant: { slug: string },
  scopes: readonly Scope[],
  options: { name?: string; expiresAt?: string } = {},
): Promise<CreatedKey> => {
  const body = {
    name: options.name ?? `key ${hex(3)}`,
    scopes,
    ...(options.expiresAt && { expiresAt: options.expiresAt }),
  };
  const res = await admin.call('post', `/api/v1/tenants/${tenant.slug}/api-keys`, { body });
  expect(res.status, res.text).toBe(201);
  return res.body as CreatedKey;
};

export const adminOf = (app: Express, tenant: TestTenant) =>
  userCaller(app, tenant.users.tenant_admin.email, `${tenant.slug} tenant_admin`);

// Someone who may give a key any scope. A key never does more than its creator may (finding 4), and some scopes
// (assessments:write) need the officer's rights, which a plain tenant admin lacks: this person holds both roles.
export const keyMakerOf = async (t: { app: Express; deps: Deps }, tenant: TestTenant): Promise<Caller> => {
  const email = `key-maker.${tenant.slug}@example.test`;
  const user = await ensureUser(t.deps, { email, displayName: `key maker of ${tenant.slug}`, password: TEST_PASSWORD });
  await grantMembership(t.deps, {
    tenantId: tenant.id,
    userId: user.id,
    roles: ['tenant_admin', 'governance_officer'],
  });
  return userCaller(t.app, email, `${tenant.slug} key maker`);
};

// Every error: problem+json, a stable code, the status repeated in the body, never a stack trace.
export const expectProblem = (res: Response, status: number, code?: string) => {
  expect(res.status, `${res.status} ${res.text}`).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.body as { status?: unknown; code?: unknown; type?: unknown; title?: unknown };
  expect(body.status).toBe(status);
  expect(typeof body.code).toBe('string');
  expect(typeof body.type).toBe('string');
  expect(typeof body.title).toBe('string');
  if (code) expect(body.code).toBe(code);
  expect(body).not.toHaveProperty('stack');
  expect(res.text).not.toMatch(/\n\s+at |\bat [\w.<>]+ \(|node_modules|\.[cm]?[jt]s:\d+:\d+/);
};

// The whole response as text: status line, headers and body, for "never contains" checks.
export const responseText = (res: Response) => `${res.status}\n${JSON.stringify(res.headers)}\n${res.text}`;

const SCHEMA_NAME = /^t_[0-9a-f]{32}$/;

export const schemaOf = (tenant: { schemaName: string }) => {
  if (!SCHEMA_NAME.test(tenant.schemaName)) throw new Error(`unexpected schema name ${tenant.schemaName}`);
  return tenant.schemaName;
};

export type TenantSnapshot = { tables: Record<string, string | null>; auditEvents: number; apiKeys: string | null };

// A checksum of every table in a tenant's schema plus its API keys, read as the database owner (not through the
// code under test), so tables added later are covered too.
export const snapshotTenant = async (
  ownerPool: pg.Pool,
  tenant: { id: string; schemaName: string },
): Promise<TenantSnapshot> => {
  const s = schemaOf(tenant);
  const names = await ownerPool.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' order by 1`,
    [s],
  );
  const tables: Record<string, string | null> = {};
  for (const { table_name: name } of names.rows) {
    const res = await ownerPool.query<{ md5: string | null }>(
      `select md5(string_agg(t::text, ',' order by t::text)) as md5 from ${s}.${quoteIdent(name)} t`,
    );
    tables[name] = res.rows[0]!.md5;
  }
  const audit = await ownerPool.query<{ n: number }>(`select count(*)::int as n from ${s}.audit_events`);
  const keys = await ownerPool.query<{ md5: string | null }>(
    // last_used_at is the key's own use being recorded, not a change to the tenant's data.
    `select md5(string_agg((k.id, k.tenant_id, k.name, k.secret_hash, k.scopes, k.created_by, k.created_at, k.expires_at, k.revoked_at)::text, ',' order by k.id)) as md5 from control.api_keys k where k.tenant_id = $1`,
    [tenant.id],
  );
  return { tables, auditEvents: audit.rows[0]!.n, apiKeys: keys.rows[0]!.md5 };
};

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export const countAudit = async (ownerPool: pg.Pool, tenant: { schemaName: string }) =>
  (await ownerPool.query<{ n: number }>(`select count(*)::int as n from ${schemaOf(tenant)}.audit_events`)).rows[0]!.n;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
