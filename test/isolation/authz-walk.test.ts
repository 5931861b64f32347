import { randomUUID } from 'node:crypto';
import {
  POLICY_TABLE,
  ROLES,
  API_KEY_SCOPES,
  type Action,
  type PolicyRole,
  type PolicyRow,
  type RecordSubjectType,
} from '@kizuna/authz';
import { listOperations, type Operation, type TAiSystem } from '@kizuna/contracts';
import { grantMembership } from '@kizuna/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminOf,
  countAudit,
  createKeyAs,
  expectProblem,
  hex,
  keyCaller,
  userCaller,
  type Caller,
  type Scope,
} from '../support/api-helpers.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';

// Walks the permission table (packages/authz POLICY_TABLE) against the running API: every row whose
// action and subject have a route today is called for real; the rest are counted as "not routed yet".

type Permission = { action: Action; subject: RecordSubjectType; target: 'collection' | 'record' | 'new' };

// What each operation asks of the permission model. A new operation must be added here (the first test fails
// until it is), and the walk below must learn to exercise it.
const PERMISSION_OF: Record<string, Permission | 'none' | 'not tenant-scoped'> = {
  getCsrfToken: 'not tenant-scoped',
  login: 'not tenant-scoped',
  logout: 'not tenant-scoped',
  getSession: 'not tenant-scoped',
  getMe: 'none',
  listAiSystems: { action: 'read', subject: 'AiSystem', target: 'collection' },
  getAiSystem: { action: 'read', subject: 'AiSystem', target: 'record' },
  createAiSystem: { action: 'create', subject: 'AiSystem', target: 'new' },
  updateAiSystem: { action: 'update', subject: 'AiSystem', target: 'record' },
  listApiKeys: { action: 'read', subject: 'ApiKey', target: 'collection' },
  createApiKey: { action: 'create', subject: 'ApiKey', target: 'new' },
  revokeApiKey: { action: 'revoke', subject: 'ApiKey', target: 'record' },
  listAuditEvents: { action: 'read', subject: 'AuditEvent', target: 'collection' },
  verifyAuditEvents: { action: 'verify', subject: 'AuditEvent', target: 'collection' },
};

// Change this number when a route for a policy row lands (and add the operation above).
const EXPECTED_NOT_ROUTED_ROWS = 91;

type RoutedOp = Operation & { permission: Permission };
const ROUTED: RoutedOp[] = listOperations().flatMap((op) => {
  const p = PERMISSION_OF[op.id];
  return typeof p === 'object' ? [{ ...op, permission: p }] : [];
});

const opsFor = (action: Action, subject: RecordSubjectType) =>
  ROUTED.filter((op) => op.permission.subject === subject && (action === 'manage' || op.permission.action === action));

const routedRows = POLICY_TABLE.filter((row) => opsFor(row.action, row.subject).length > 0);
const notRoutedRows = POLICY_TABLE.filter((row) => opsFor(row.action, row.subject).length === 0);

const PRINCIPALS: PolicyRole[] = [...ROLES, ...API_KEY_SCOPES.map((s) => `integrator:${s}` as const)];

// The principal has some allowed row for this operation (any condition): then it is not a "deny everything" case.
const hasAnyGrant = (role: PolicyRole, op: RoutedOp) =>
  POLICY_TABLE.some(
    (row) =>
      row.allowed &&
      row.role === role &&
      row.subject === op.permission.subject &&
      (row.action === 'manage' || row.action === op.permission.action),
  );

let t: TestContext;
let W: TestTenant;
let admin: Caller;
let businessUnitId: string;
const callers = new Map<PolicyRole, Caller>();
const userIdOf = (role: PolicyRole) =>
  role.startsWith('integrator:') ? null : W.users[role as keyof TestTenant['users']].id;

beforeAll(async () => {
  t = await createTestContext();
  W = await t.provision('walk');
  businessUnitId = randomUUID();
  await t.deps.runInTenant(W, (repos) => repos.businessUnits.insert({ id: businessUnitId, name: 'Retail banking' }));
  await grantMembership(t.deps, {
    tenantId: W.id,
    userId: W.users.system_owner.id,
    roles: ['system_owner'],
    businessUnitIds: [businessUnitId],
  });
  admin = await adminOf(t.app, W);
  for (const role of ROLES) callers.set(role, await userCaller(t.app, W.users[role].email, role));
  for (const scope of API_KEY_SCOPES) {
    const key = await createKeyAs(admin, W, [scope as Scope], { name: `walk ${scope}` });
    callers.set(`integrator:${scope}`, keyCaller(t.app, key.secret, `integrator:${scope}`));
  }
});
afterAll(() => t?.close());

const base = () => `/api/v1/tenants/${W.slug}`;

// A fresh AI system matching the row's `when`, created by the governance officer.
const systemFor = async (row: Pick<PolicyRow, 'role' | 'when'>): Promise<TAiSystem> => {
  const me = userIdOf(row.role);
  const extra =
    row.when === 'ownerId = me'
      ? { ownerId: me }
      : row.when === 'businessUnitId in mine'
        ? { businessUnitId, ownerId: W.users.governance_officer.id }
        : {};
  return t.createSystemAs(W, 'governance_officer', `walk ${row.role} ${row.when ?? 'any'} ${hex(3)}`, extra);
};

type Outcome = { status: number; code?: string; listed?: boolean };

// Calls one operation as the principal, on a target that fits the row, and reports what happened.
const exercise = async (
  row: Pick<PolicyRow, 'role' | 'when'>,
  op: RoutedOp,
): Promise<{ outcome: Outcome; canRead?: boolean; changed: boolean }> => {
  const caller = callers.get(row.role)!;
  const { subject, target, action } = op.permission;
  let changed = false;
  // Counts audit events around the one call under test (targets are prepared before it).
  const call = async (method: Operation['method'], path: string, options: Parameters<Caller['call']>[2] = {}) => {
    const before = await countAudit(t.ownerPool, W);
    const res = await caller.call(method, path, options);
    changed = (await countAudit(t.ownerPool, W)) !== before;
    return res;
  };
  if (subject === 'AiSystem' && target === 'new') {
    const res = await call('post', `${base()}/ai-systems`, {
      body: { name: `created by ${row.role}`, purpose: 'walk' },
    });
    return { outcome: { status: res.status, code: res.body.code }, changed };
  }
  if (subject === 'AiSystem') {
    const system = await systemFor(row);
    if (target === 'collection') {
      const res = await call('get', `${base()}/ai-systems?limit=200`);
      const listed = res.status === 200 && res.body.items.some((s: TAiSystem) => s.id === system.id);
      return { outcome: { status: res.status, code: res.body.code, listed }, changed };
    }
    const canRead = (await caller.call('get', `${base()}/ai-systems/${system.id}`)).status === 200;
    if (action === 'read') {
      const res = await call('get', `${base()}/ai-systems/${system.id}`);
      return { outcome: { status: res.status, code: res.body.code }, canRead, changed };
    }
    const res = await call('patch', `${base()}/ai-systems/${system.id}`, {
      body: { purpose: `changed by ${row.role}` },
      headers: { 'If-Match': '"v1"' },
    });
    const version = (await admin.call('get', `${base()}/ai-systems/${system.id}`)).body.version;
    expect(version, 'the system changed exactly when the update succeeded').toBe(res.status === 200 ? 2 : 1);
    return { outcome: { status: res.status, code: res.body.code }, canRead, changed };
  }
  if (subject === 'ApiKey' && target === 'collection') {
    const res = await call('get', `${base()}/api-keys`);
    return { outcome: { status: res.status, code: res.body.code }, changed };
  }
  if (subject === 'ApiKey' && target === 'new') {
    const res = await call('post', `${base()}/api-keys`, {
      body: { name: `by ${row.role}`, scopes: ['ai-systems:read'] },
    });
    return { outcome: { status: res.status, code: res.body.code }, changed };
  }
  if (subject === 'ApiKey') {
    const victim = await createKeyAs(admin, W, ['ai-systems:read'], { name: `victim of ${row.role}` });
    const res = await call('delete', `${base()}/api-keys/${victim.id}`);
    const use = await keyCaller(t.app, victim.secret, 'victim').call('get', `${base()}/ai-systems`);
    expect(use.status, 'the key works exactly when it was not revoked').toBe(res.status === 204 ? 401 : 200);
    return { outcome: { status: res.status, code: res.body?.code }, changed };
  }
  const res = await call('get', action === 'verify' ? `${base()}/audit-events/verify` : `${base()}/audit-events`);
  if (res.status === 200 && action === 'verify') expect(res.body.ok).toBe(true);
  return { outcome: { status: res.status, code: res.body.code }, changed };
};

// Key management is for people only: an API key is refused before any permission check or lookup.
const callSessionOnlyAsKey = (role: PolicyRole, op: RoutedOp) =>
  callers.get(role)!.call(op.method, `${base()}/api-keys${op.method === 'delete' ? '/aaaaaaaaaaaaaaaa' : ''}`, {
    ...(op.method === 'post' && { body: { name: 'x', scopes: ['ai-systems:read'] } }),
  });

const SUCCESS: Record<string, number> = { get: 200, post: 201, patch: 200, delete: 204 };

const expectAllowed = (op: RoutedOp, row: Pick<PolicyRow, 'when'>, outcome: Outcome) => {
  expect(outcome.status, JSON.stringify(outcome)).toBe(SUCCESS[op.method]);
  if (op.permission.target === 'collection' && op.permission.subject === 'AiSystem' && row.when) {
    expect(outcome.listed, 'an allowed record appears in the list').toBe(true);
  }
};

const expectDenied = (op: RoutedOp, row: Pick<PolicyRow, 'when'>, result: Awaited<ReturnType<typeof exercise>>) => {
  const { outcome, canRead, changed } = result;
  if (op.permission.target === 'collection' && op.permission.subject === 'AiSystem' && row.when) {
    // A list filters what a caller may not see rather than refusing.
    expect(outcome.status).toBe(200);
    expect(outcome.listed, 'a denied record never appears in the list').toBe(false);
  } else if (op.permission.target === 'record' && op.permission.action === 'read') {
    expect(outcome).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  } else if (op.permission.target === 'record' && op.permission.subject === 'AiSystem') {
    expect(outcome).toMatchObject(canRead ? { status: 403, code: 'FORBIDDEN' } : { status: 404, code: 'NOT_FOUND' });
  } else {
    expect(outcome).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  }
  if (op.method !== 'get') expect(changed, 'a denied write leaves no audit event').toBe(false);
};

describe('the walk covers the table', () => {
  it('when a tenant-scoped operation exists, then the walk knows which permission it needs', () => {
    const unknown = listOperations()
      .filter((op) => !(op.id in PERMISSION_OF))
      .map((op) => op.id);
    expect(unknown, 'add these operations to PERMISSION_OF in authz-walk.test.ts').toEqual([]);
    for (const op of listOperations()) {
      expect(PERMISSION_OF[op.id] === 'not tenant-scoped', op.id).toBe(!op.tenantScoped);
    }
  });

  it('when policy rows name actions or subjects without a route, then they are counted as not routed yet', () => {
    const listing = notRoutedRows.map((r) => `${r.role} ${r.action} ${r.subject}${r.when ? ` (${r.when})` : ''}`);
    expect(routedRows.length + notRoutedRows.length).toBe(POLICY_TABLE.length);
    expect(notRoutedRows.length, `not routed yet:\n${listing.join('\n')}`).toBe(EXPECTED_NOT_ROUTED_ROWS);
    expect(notRoutedRows.some((r) => r.subject === 'SignOff')).toBe(true);
    expect(routedRows.length).toBeGreaterThan(0);
  });
});

describe('every routed row of POLICY_TABLE', () => {
  for (const row of routedRows) {
    for (const op of opsFor(row.action, row.subject)) {
      const when = row.when ?? 'any record';
      const then = row.allowed ? `${SUCCESS[op.method]}` : 'denied (403, or 404 where it may not even read)';
      it(`when ${row.role} may${row.allowed ? '' : ' not'} ${row.action} ${row.subject} (${when}) and calls ${op.id}, then ${then}`, async () => {
        if (row.role.startsWith('integrator:') && op.auth === 'session') {
          expectProblem(await callSessionOnlyAsKey(row.role, op), 403, 'FORBIDDEN');
          expect(row.allowed).toBe(false);
          return;
        }
        const result = await exercise(row, op);
        if (row.allowed) expectAllowed(op, row, result.outcome);
        else expectDenied(op, row, result);
      });
    }
  }
});

describe('nothing outside the "yes" rows is granted', () => {
  for (const role of PRINCIPALS) {
    for (const op of ROUTED.filter((o) => !hasAnyGrant(role, o))) {
      it(`when ${role} has no grant to ${op.permission.action} ${op.permission.subject} and calls ${op.id}, then it is denied`, async () => {
        if (role.startsWith('integrator:') && op.auth === 'session') {
          expectProblem(await callSessionOnlyAsKey(role, op), 403, 'FORBIDDEN');
          return;
        }
        const result = await exercise({ role, when: 'unrelated' }, op);
        if (op.permission.target === 'collection') {
          // No read rule at all: a list is refused outright, as the audit-event and API-key lists are.
          expect(result.outcome).toMatchObject({ status: 403, code: 'FORBIDDEN' });
        } else {
          expectDenied(op, {}, result);
        }
      });
    }
  }
});
