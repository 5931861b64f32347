import { randomUUID } from 'node:crypto';
import supertest from 'supertest';
import {
  POLICY_TABLE,
  ROLES,
  API_KEY_SCOPES,
  type Action,
  type PolicyRole,
  type PolicyRow,
  type RecordSubjectType,
} from '@kizuna/authz';
import {
  OPERATION_PERMISSIONS,
  listOperations,
  type Operation,
  type OperationId,
  type OperationPermission,
  type TAiSystem,
} from '@kizuna/contracts';
import { grantMembership } from '@kizuna/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminOf,
  countAudit,
  createKeyAs,
  expectProblem,
  fillPath,
  hex,
  keyCaller,
  keyMakerOf,
  userCaller,
  type Caller,
  type Scope,
} from '../support/api-helpers.js';
import { createTestContext, type TestContext, type TestTenant } from '../support/test-context.js';
import {
  createLifecycleFixtures,
  PROFILE_OF,
  type Stage,
  type LifecycleFixtures,
  type Preparer,
  type Submitter,
  type PreparedSystem,
} from '../support/lifecycle-fixtures.js';

// Walks the permission table (packages/authz POLICY_TABLE) against the running API: every row whose
// action and subject have a route today is called for real; the rest are counted as "not routed yet".

// Each operation's permission comes from OPERATION_PERMISSIONS in packages/contracts.
// Change this number when a route for a policy row lands. (Confirming a condition has no route of its own: the
// state machine asks mayConfirmCondition when a condition is fulfilled; see packages/authz.)
const EXPECTED_NOT_ROUTED_ROWS = 22;

// Cells where the API and the table disagree today. Each runs as an expected failure (it.fails), so fixing the
// product turns it red until its line here is removed. Keyed by `${role} ${operation}`.
const KNOWN_MISMATCHES: Record<string, string> = {};

type Permission = OperationPermission;
type RoutedOp = Operation & { permission: Permission };
const ROUTED: RoutedOp[] = listOperations().flatMap((op) => {
  const p = OPERATION_PERMISSIONS[op.id as OperationId];
  return typeof p === 'object' ? [{ ...op, permission: p }] : [];
});

const opsFor = (action: Action, subject: RecordSubjectType) =>
  ROUTED.filter((op) => op.permission.subject === subject && (action === 'manage' || op.permission.action === action));

// The principal has some allowed row for this operation (any condition): then it is not a "deny everything" case.
const hasAnyGrant = (role: PolicyRole, op: RoutedOp) =>
  POLICY_TABLE.some(
    (row) =>
      row.allowed &&
      row.role === role &&
      row.subject === op.permission.subject &&
      (row.action === 'manage' || row.action === op.permission.action),
  );

// A denied `manage` row says "not everything": it speaks about the operations no other row of the role grants
// (the officer may not manage members, but reads them).
const opsOfRow = (row: PolicyRow) =>
  opsFor(row.action, row.subject).filter((op) => row.allowed || row.action !== 'manage' || !hasAnyGrant(row.role, op));

const routedRows = POLICY_TABLE.filter((row) => opsFor(row.action, row.subject).length > 0);
const notRoutedRows = POLICY_TABLE.filter((row) => opsFor(row.action, row.subject).length === 0);

const PRINCIPALS: PolicyRole[] = [...ROLES, ...API_KEY_SCOPES.map((s) => `integrator:${s}` as const)];

const SYSTEM_PATH = '/api/v1/tenants/{tenant}/ai-systems/{id}';
const isSystemScoped = (op: Operation) => op.path.startsWith(SYSTEM_PATH);

let t: TestContext;
let W: TestTenant;
let admin: Caller;
let businessUnitId: string;
let fixtures: LifecycleFixtures;
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
  fixtures = createLifecycleFixtures(t, W);
  admin = await adminOf(t.app, W);
  for (const role of ROLES) callers.set(role, await userCaller(t.app, W.users[role].email, role));
  // The walk holds each scope to its policy rows, so its keys come from someone whose own rights cover every scope
  // (a key acts with the intersection of its scopes and its creator's rights).
  const keyMaker = await keyMakerOf(t, W);
  for (const scope of API_KEY_SCOPES) {
    const key = await createKeyAs(keyMaker, W, [scope as Scope], { name: `walk ${scope}` });
    callers.set(`integrator:${scope}`, keyCaller(t.app, key.secret, `integrator:${scope}`));
  }
});
afterAll(() => t?.close());

const base = () => `/api/v1/tenants/${W.slug}`;

type Cell = Pick<PolicyRow, 'role' | 'when'> & { allowed: boolean };

// Who prepares (and, then, owns) a system a caller decides: segregation of duties keeps the owner and whoever
// answered from signing (and the inbox from offering it), so the officer decides systems the system owner prepared.
const preparerFor = (row: Cell, op: Pick<RoutedOp, 'id'>): Preparer =>
  (op.id === 'decideSignOff' || op.id === 'listSignOffs') &&
  row.role === 'governance_officer' &&
  row.when !== 'submittedBy = me'
    ? 'system_owner'
    : 'governance_officer';

// A fresh AI system matching the row's `when`, created by the governance officer.
const systemFor = async (
  row: Cell,
  profile?: object,
  preparer: Preparer = 'governance_officer',
): Promise<TAiSystem> => {
  const me = userIdOf(row.role);
  // A condition on the system binds the caller on `ownerId = me` rows, else someone the caller is not (the owner).
  const extra =
    row.when === 'ownerId = me' || row.when === 'systemOwnerId = me'
      ? { ownerId: me }
      : row.when === 'businessUnitId in mine'
        ? { businessUnitId, ownerId: W.users.governance_officer.id }
        : preparer === 'system_owner'
          ? { ownerId: W.users.system_owner.id }
          : {};
  return t.createSystemAs(W, 'governance_officer', `walk ${row.role} ${row.when ?? 'any'} ${hex(3)}`, {
    ...extra,
    ...(profile && { profile }),
  });
};

// How far a system must be along its lifecycle for the operation to succeed. A denied call is refused before any
// state check, so it gets the cheapest target that still names real objects (an assessment for decide, say).
const STAGE_OF: Record<string, { allowed: Stage; denied: Stage }> = {
  getRoleDetermination: { allowed: 'roles', denied: 'roles' },
  determineRoles: { allowed: 'draft', denied: 'draft' },
  getLifecycle: { allowed: 'draft', denied: 'draft' },
  startAssessment: { allowed: 'roles', denied: 'roles' },
  openReview: { allowed: 'active', denied: 'draft' },
  fulfilCondition: { allowed: 'conditional', denied: 'draft' },
  retireSystem: { allowed: 'draft', denied: 'draft' },
  reinstateSystem: { allowed: 'suspended', denied: 'draft' },
  listAssessments: { allowed: 'assessment', denied: 'assessment' },
  getAssessment: { allowed: 'assessment', denied: 'assessment' },
  listRiskLog: { allowed: 'assessment', denied: 'assessment' },
  saveAnswers: { allowed: 'assessment', denied: 'assessment' },
  submitAssessment: { allowed: 'answered', denied: 'answered' },
  listEvidence: { allowed: 'evidence', denied: 'evidence' },
  addEvidence: { allowed: 'draft', denied: 'draft' },
  listSystemSignOffs: { allowed: 'draft', denied: 'draft' },
  getDossier: { allowed: 'draft', denied: 'draft' },
  decideSignOff: { allowed: 'signoff', denied: 'signoff' },
};

// The request that exercises an operation on a prepared target.
const REQUEST_OF: Record<string, (target: PreparedSystem) => { path: string; body?: unknown }> = {
  getRoleDetermination: () => ({ path: '/role-determination' }),
  determineRoles: () => ({
    path: '/role-determination',
    body: { trainsOrFineTunes: false, offersToOthers: true, usesInOwnOperations: true },
  }),
  getLifecycle: () => ({ path: '/lifecycle' }),
  startAssessment: () => ({ path: '/assessments' }),
  openReview: () => ({ path: '/reviews', body: { reason: 'material_change', note: 'walk' } }),
  fulfilCondition: (x) => ({
    path: `/conditions/${x.conditionId ?? randomUUID()}/fulfil`,
    body: { note: 'Done, see the intranet page.', evidenceIds: x.evidenceIds?.slice(0, 1) ?? [] },
  }),
  retireSystem: () => ({ path: '/retire' }),
  reinstateSystem: () => ({ path: '/reinstate' }),
  listAssessments: () => ({ path: '/assessments' }),
  getAssessment: (x) => ({ path: `/assessments/${x.assessmentId}` }),
  listRiskLog: () => ({ path: '/risk-log' }),
  saveAnswers: (x) => ({
    path: `/assessments/${x.assessmentId}`,
    body: { answers: { [x.requirementIds![0]!]: { answer: 'not_applicable', reason: 'Walk: out of scope.' } } },
  }),
  submitAssessment: (x) => ({ path: `/assessments/${x.assessmentId}/submit` }),
  listEvidence: () => ({ path: '/evidence' }),
  addEvidence: () => ({
    path: '/evidence',
    body: { kind: 'model_card', title: 'Walk model card', url: 'https://docs.example.test/walk' },
  }),
  listSystemSignOffs: () => ({ path: '/signoffs' }),
  getDossier: () => ({ path: '/dossier' }),
  decideSignOff: (x) => ({
    path: '/signoffs',
    body: {
      assessmentId: x.assessmentId,
      decision: 'approve',
      snapshotHash: x.snapshotHash,
      attestation: 'I approve this system for use.',
      password: fixtures.password,
    },
  }),
};

// The lifecycle state an allowed workflow action leads to (its response is the workflow's live state).
const STATE_AFTER: Record<string, string> = {
  startAssessment: 'assessment',
  submitAssessment: 'signoff',
  decideSignOff: 'active',
  openReview: 'review',
  fulfilCondition: 'active',
  retireSystem: 'retired',
  reinstateSystem: 'review',
};

// Sign-offs a caller would decide: the tier whose approver role the row names, else low for the officer (the low
// tier's approver) and medium (one executive) otherwise. Someone other than the caller submits, except on the
// segregation-of-duties rows.
const tierFor = (row: Cell): 'low' | 'medium' =>
  row.when === 'approverRole = governance_officer'
    ? 'low'
    : row.when === 'approverRole = executive'
      ? 'medium'
      : row.role === 'governance_officer'
        ? 'low'
        : 'medium';
const submitterFor = (row: Cell): Submitter =>
  row.when === 'submittedBy = me'
    ? (row.role as Submitter)
    : row.role === 'governance_officer'
      ? 'tenant_admin'
      : 'governance_officer';

// Lists that filter by the row's condition (systems by owner or unit; incidents by the owner of a linked system).
const ROW_FILTERED_LISTS = new Set<RecordSubjectType>(['AiSystem', 'Incident', 'Feedback', 'RegulatorRequest']);

type Outcome = { status: number; code?: string; listed?: boolean; state?: string };
type Exercised = { outcome: Outcome; canRead?: boolean; changed: boolean };

// Calls one operation as the principal, on a target that fits the row, and reports what happened.
const exercise = async (row: Cell, op: RoutedOp): Promise<Exercised> => {
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
  if (op.id === 'listNotifications') {
    // Mine appear; someone else's never do (an API key has no inbox).
    const recipient = row.when === 'recipientId = me' ? userIdOf(row.role)! : fixtures.someoneOtherThan(row.role);
    const id = await fixtures.notify(recipient);
    const res = await call('get', `${base()}/notifications?limit=200`);
    const listed = res.status === 200 && res.body.items.some((n: { id: string }) => n.id === id);
    return { outcome: { status: res.status, code: res.body.code, listed }, changed };
  }
  if (op.id === 'markNotificationRead') {
    const recipient = row.when === 'recipientId = me' ? userIdOf(row.role)! : fixtures.someoneOtherThan(row.role);
    const id = await fixtures.notify(recipient);
    const res = await call('post', `${base()}/notifications/${id}/read`);
    return { outcome: { status: res.status, code: res.body?.code }, changed };
  }
  if (op.id === 'listSignOffs') {
    // A decider's inbox: a sign-off of the caller's tier, submitted by the caller itself on the SoD rows.
    const pending = await fixtures.pendingSignOff(submitterFor(row), tierFor(row), preparerFor(row, op));
    const res = await call('get', `${base()}/signoffs?pending=mine`);
    const listed = res.status === 200 && res.body.items.some((i: { systemId: string }) => i.systemId === pending);
    return { outcome: { status: res.status, code: res.body.code, listed }, changed };
  }
  if (isSystemScoped(op) && op.id !== 'getAiSystem' && op.id !== 'updateAiSystem') {
    const stage = STAGE_OF[op.id]![row.allowed ? 'allowed' : 'denied'];
    const preparer = preparerFor(row, op);
    const system = await systemFor(
      row,
      stage === 'draft' || stage === 'roles'
        ? undefined
        : op.id === 'decideSignOff'
          ? PROFILE_OF[tierFor(row)]
          : PROFILE_OF.medium,
      preparer,
    );
    const prepared = await fixtures.advance(system, stage, {
      submitter: submitterFor(row),
      preparer,
      // The condition binds the caller on `ownerId = me` rows, someone else otherwise (so an officer confirms it).
      conditionOwner: (row.when === 'ownerId = me' && userIdOf(row.role)) || W.users.system_owner.id,
    });
    // "May it even read?": the system, and the assessment when the path names one.
    const canRead =
      (await caller.call('get', `${base()}/ai-systems/${system.id}`)).status === 200 &&
      (!op.path.includes('{aid}') ||
        (await caller.call('get', `${base()}/ai-systems/${system.id}/assessments/${prepared.assessmentId}`)).status ===
          200);
    const request = REQUEST_OF[op.id]!(prepared);
    const res = await call(op.method, `${base()}/ai-systems/${system.id}${request.path}`, {
      ...(request.body !== undefined && { body: request.body }),
    });
    return { outcome: { status: res.status, code: res.body?.code, state: res.body?.state }, canRead, changed };
  }
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
  if (subject === 'Incident') {
    // An incident of a system that fits the row (the owner's own one on `systemOwnerId = me` rows).
    const system = await systemFor(row);
    const body = {
      title: `walk ${row.role} ${hex(3)}`,
      description: 'walk',
      severity: 'medium',
      categories: ['safety'],
      systemIds: [system.id],
      detectedAt: '2026-01-05T00:00:00Z',
      awareAt: '2026-01-05T00:00:00Z',
      // The filing routes need a clock to file against: a breach of sensitive data starts them. Aware just now,
      // so no reminder or escalation of its workflow lands in the audit trail while a call is being counted.
      ...(op.id.includes('Filing') && {
        categories: ['personal_data_breach'],
        personalData: { affectedCount: 1, sensitive: true },
        detectedAt: new Date(Date.now() - 60_000).toISOString(),
        awareAt: new Date(Date.now() - 60_000).toISOString(),
      }),
    };
    if (target === 'new') {
      const res = await call('post', `${base()}/incidents`, { body });
      return { outcome: { status: res.status, code: res.body.code }, changed };
    }
    const prepared = await admin.call('post', `${base()}/incidents`, { body });
    expect(prepared.status, prepared.text).toBe(201);
    const id = prepared.body.id as string;
    if (target === 'collection') {
      const res = await call('get', `${base()}/incidents?limit=200`);
      const listed = res.status === 200 && res.body.items.some((i: { id: string }) => i.id === id);
      return { outcome: { status: res.status, code: res.body.code, listed }, changed };
    }
    const canRead = (await caller.call('get', `${base()}/incidents/${id}`)).status === 200;
    if (op.id === 'listIncidentFilings') {
      const res = await call('get', `${base()}/incidents/${id}/filings`);
      return { outcome: { status: res.status, code: res.body.code }, canRead, changed };
    }
    if (op.id === 'createIncidentFiling') {
      const res = await call('post', `${base()}/incidents/${id}/filings`, {
        body: { clockKind: 'appi_preliminary', channel: 'ppc_online_form' },
      });
      const filings = (await admin.call('get', `${base()}/incidents/${id}/filings`)).body.items;
      expect(filings.length, 'a filing exists exactly when the call succeeded').toBe(res.status === 201 ? 1 : 0);
      return { outcome: { status: res.status, code: res.body.code }, canRead, changed };
    }
    if (action === 'read') {
      const res = await call('get', `${base()}/incidents/${id}`);
      return { outcome: { status: res.status, code: res.body.code }, canRead, changed };
    }
    const res = await call('patch', `${base()}/incidents/${id}`, {
      body: { severity: 'critical' },
      headers: { 'If-Match': '"v1"' },
    });
    const version = (await admin.call('get', `${base()}/incidents/${id}`)).body.version;
    expect(version, 'the incident changed exactly when the update succeeded').toBe(res.status === 200 ? 2 : 1);
    return { outcome: { status: res.status, code: res.body.code }, canRead, changed };
  }
  if (subject === 'FeedbackChannel') {
    // Whatever the call does, the walk's feedback rows re-open the channel before they send a report.
    const path = `${base()}/feedback-channel`;
    const res =
      op.method === 'get'
        ? await call('get', path)
        : await call('put', path, { body: { enabled: true, systemIds: [], intro: { ja: '', en: `by ${row.role}` } } });
    return { outcome: { status: res.status, code: res.body.code }, changed };
  }
  if (subject === 'Feedback') {
    // A report sent through the public page about a system that fits the row.
    const system = await systemFor(row);
    const opened = await admin.call('put', `${base()}/feedback-channel`, {
      body: { enabled: true, systemIds: [system.id], intro: { ja: '', en: '' } },
    });
    expect(opened.status, opened.text).toBe(200);
    const sent = await supertest(t.app)
      .post(`/api/v1/public/feedback/${W.slug}`)
      .set('X-Forwarded-For', `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`)
      .send({ systemId: system.id, message: `walk ${row.role} ${hex(3)}`, language: 'en' });
    expect(sent.status, sent.text).toBe(201);
    const { rows } = await t.ownerPool.query<{ id: string }>(
      `select id from ${W.schemaName}.feedback_reports where reference = $1`,
      [sent.body.reference],
    );
    const id = rows[0]!.id;
    if (target === 'collection') {
      const res = await call('get', `${base()}/feedback?limit=200`);
      const listed = res.status === 200 && res.body.items.some((i: { id: string }) => i.id === id);
      return { outcome: { status: res.status, code: res.body.code, listed }, changed };
    }
    const canRead = (await caller.call('get', `${base()}/feedback/${id}`)).status === 200;
    if (action === 'read') {
      const res = await call('get', `${base()}/feedback/${id}`);
      return { outcome: { status: res.status, code: res.body.code }, canRead, changed };
    }
    let body: unknown = { reason: `dismissed by ${row.role}` };
    if (op.id === 'promoteFeedback') body = { severity: 'low', categories: ['other'] };
    if (op.id === 'linkFeedback') {
      const incident = await admin.call('post', `${base()}/incidents`, {
        body: {
          title: `walk link ${hex(3)}`,
          description: 'walk',
          severity: 'low',
          categories: ['other'],
          detectedAt: '2026-01-05T00:00:00Z',
          awareAt: '2026-01-05T00:00:00Z',
        },
      });
      body = { incidentId: incident.body.id };
    }
    const res = await call('post', `${base()}/feedback/${id}/${op.path.split('/').at(-1)}`, { body });
    const status = (await admin.call('get', `${base()}/feedback/${id}`)).body.status;
    expect(status !== 'new', 'the report moved exactly when the triage succeeded').toBe(res.status < 300);
    return { outcome: { status: res.status, code: res.body.code }, canRead, changed };
  }
  if (subject === 'RegulatorRequest') {
    // A request linked to a system that fits the row (the owner's own one on `systemOwnerId = me` rows).
    const system = await systemFor(row);
    const body = {
      authority: 'meti',
      kind: 'information_request',
      legalBasis: 'AI Promotion Act Art. 16',
      receivedAt: '2026-01-05T00:00:00Z',
      summary: `walk ${row.role} ${hex(3)}`,
      systemIds: [system.id],
    };
    const path = `${base()}/regulator-requests`;
    if (target === 'new') {
      const res = await call('post', path, { body });
      return { outcome: { status: res.status, code: res.body.code }, changed };
    }
    const prepared = await admin.call('post', path, { body });
    expect(prepared.status, prepared.text).toBe(201);
    const id = prepared.body.id as string;
    if (target === 'collection') {
      const res = await call('get', `${path}?limit=200`);
      const listed = res.status === 200 && res.body.items.some((i: { id: string }) => i.id === id);
      return { outcome: { status: res.status, code: res.body.code, listed }, changed };
    }
    const canRead = (await caller.call('get', `${path}/${id}`)).status === 200;
    if (action === 'read') {
      const res = await call('get', `${path}/${id}`);
      return { outcome: { status: res.status, code: res.body.code }, canRead, changed };
    }
    const res = await call('patch', `${path}/${id}`, {
      body: { status: 'in_progress' },
      headers: { 'If-Match': '"v1"' },
    });
    const version = (await admin.call('get', `${path}/${id}`)).body.version;
    expect(version, 'the request changed exactly when the update succeeded').toBe(res.status === 200 ? 2 : 1);
    return { outcome: { status: res.status, code: res.body.code }, canRead, changed };
  }
  if (subject === 'WebhookEndpoint') {
    // Inactive endpoints: no dispatcher runs for the walk's tenant.
    const body = { url: 'https://hooks.example.test/walk', events: ['incident.created'], active: false };
    if (target === 'new') {
      const res = await call('post', `${base()}/webhooks`, { body });
      if (res.status === 201) expect(res.body.secret).toMatch(/^whsec_/);
      return { outcome: { status: res.status, code: res.body.code }, changed };
    }
    if (target === 'collection') {
      const res = await call('get', `${base()}/webhooks?limit=200`);
      return { outcome: { status: res.status, code: res.body.code }, changed };
    }
    const prepared = await admin.call('post', `${base()}/webhooks`, { body });
    expect(prepared.status, prepared.text).toBe(201);
    const id = prepared.body.id as string;
    const deliveryId = randomUUID();
    await t.deps.runInTenant(W, (repos) =>
      repos.webhooks.insertDeliveries([
        { id: deliveryId, endpointId: id, auditSeq: 0, eventType: 'incident.created', body: '{}' },
      ]),
    );
    const canRead = (await caller.call('get', `${base()}/webhooks/${id}`)).status === 200;
    const url = `${base()}/webhooks/${id}`;
    const request: Record<string, () => ReturnType<typeof call>> = {
      getWebhookEndpoint: () => call('get', url),
      listWebhookDeliveries: () => call('get', `${url}/deliveries`),
      updateWebhookEndpoint: () =>
        call('patch', url, { body: { description: `by ${row.role}` }, headers: { 'If-Match': '"v1"' } }),
      rotateWebhookSecret: () => call('post', `${url}/rotate-secret`, { body: { overlapHours: 0 } }),
      redeliverWebhook: () => call('post', `${url}/deliveries/${deliveryId}/redeliver`),
      deleteWebhookEndpoint: () => call('delete', url),
    };
    const res = await request[op.id]!();
    const after = await admin.call('get', url);
    if (op.id === 'deleteWebhookEndpoint') expect(after.status).toBe(res.status === 204 ? 404 : 200);
    if (op.id === 'updateWebhookEndpoint' || op.id === 'rotateWebhookSecret')
      expect(after.body.version, 'the endpoint changed exactly when the call succeeded').toBe(
        res.status === 200 ? 2 : 1,
      );
    return { outcome: { status: res.status, code: res.body?.code }, canRead, changed };
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
  if (subject === 'TenantPolicy') {
    // A tightening nothing else in the walk depends on (the low tier's cadence).
    const res =
      op.method === 'get'
        ? await call('get', `${base()}/policy`)
        : await call('patch', `${base()}/policy`, { body: { tierOverrides: { low: { reviewCadenceDays: 300 } } } });
    if (res.status === 200 && op.method === 'patch') expect(res.body.effective.low.reviewCadenceDays).toBe(300);
    return { outcome: { status: res.status, code: res.body.code }, changed };
  }
  if (subject === 'Member') {
    const res = await call('get', `${base()}/members`);
    if (res.status === 200) expect(res.body.items.length).toBeGreaterThanOrEqual(6);
    return { outcome: { status: res.status, code: res.body.code }, changed };
  }
  if (subject === 'AuditEvent') {
    const res = await call('get', action === 'verify' ? `${base()}/audit-events/verify` : `${base()}/audit-events`);
    if (res.status === 200 && action === 'verify') expect(res.body.ok).toBe(true);
    return { outcome: { status: res.status, code: res.body.code }, changed };
  }
  throw new Error(`the walk does not know how to exercise ${op.id}`);
};

// Session-only operations refuse an API key before any permission check or lookup.
const callSessionOnlyAsKey = (role: PolicyRole, op: RoutedOp) =>
  callers
    .get(role)!
    .call(op.method, fillPath(op.path, { tenant: W.slug, id: randomUUID(), aid: randomUUID(), cid: randomUUID() }), {
      ...(op.method !== 'get' && op.method !== 'delete' && { body: {} }),
    });

const expectAllowed = (op: RoutedOp, row: Pick<PolicyRow, 'when'>, outcome: Outcome) => {
  expect(outcome.status, JSON.stringify(outcome)).toBe(op.success.status);
  if (
    op.permission.filtered ||
    (op.permission.target === 'collection' && ROW_FILTERED_LISTS.has(op.permission.subject) && row.when)
  ) {
    expect(outcome.listed, 'an allowed record appears in the list').toBe(true);
  }
  if (STATE_AFTER[op.id]) expect(outcome.state, 'the workflow moved the system').toBe(STATE_AFTER[op.id]);
};

const expectDenied = (op: RoutedOp, row: Pick<PolicyRow, 'when'>, result: Exercised) => {
  const { outcome, canRead, changed } = result;
  if (
    op.permission.filtered ||
    (op.permission.target === 'collection' && ROW_FILTERED_LISTS.has(op.permission.subject) && row.when)
  ) {
    // A list filters what a caller may not see rather than refusing.
    expect(outcome.status).toBe(200);
    expect(outcome.listed, 'a denied record never appears in the list').toBe(false);
  } else if (op.permission.target !== 'collection' && op.permission.action === 'read') {
    expect(outcome).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  } else if (canRead === false) {
    expect(outcome).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  } else if (op.permission.action === 'decide' && row.when === 'submittedBy = me') {
    expect(outcome).toMatchObject({ status: 403, code: 'SEGREGATION_OF_DUTIES' });
  } else {
    expect(outcome).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  }
  if (op.method !== 'get') expect(changed, 'a denied write leaves no audit event').toBe(false);
};

// it.fails for the cells listed in KNOWN_MISMATCHES, with the reason in the title.
const cell = (role: PolicyRole, op: RoutedOp, title: string, body: () => Promise<void>) => {
  const known = KNOWN_MISMATCHES[`${role} ${op.id}`];
  if (known) it.fails(`${title} [known mismatch: ${known}]`, body);
  else it(title, body);
};

describe('the walk covers the table', () => {
  it('when a tenant-scoped operation exists, then the walk knows which permission it needs', () => {
    const unknown = listOperations()
      .filter((op) => !(op.id in OPERATION_PERMISSIONS))
      .map((op) => op.id);
    expect(unknown, 'add these operations to OPERATION_PERMISSIONS in packages/contracts').toEqual([]);
    for (const op of listOperations()) {
      expect(OPERATION_PERMISSIONS[op.id as OperationId] === 'not tenant-scoped', op.id).toBe(!op.tenantScoped);
      const p = OPERATION_PERMISSIONS[op.id as OperationId];
      if (typeof p === 'object' && isSystemScoped(op) && op.id !== 'getAiSystem' && op.id !== 'updateAiSystem') {
        expect(STAGE_OF[op.id] && REQUEST_OF[op.id], `teach the walk to call ${op.id}`).toBeTruthy();
      }
    }
  });

  it('when policy rows name actions or subjects without a route, then they are counted as not routed yet', () => {
    const listing = notRoutedRows.map((r) => `${r.role} ${r.action} ${r.subject}${r.when ? ` (${r.when})` : ''}`);
    expect(routedRows.length + notRoutedRows.length).toBe(POLICY_TABLE.length);
    expect(notRoutedRows.length, `not routed yet:\n${listing.join('\n')}`).toBe(EXPECTED_NOT_ROUTED_ROWS);
    // The governance loop is routed: reading, answering, submitting and deciding are all walked.
    for (const [action, subject] of [
      ['read', 'Assessment'],
      ['update', 'Assessment'],
      ['submit', 'Assessment'],
      ['read', 'Evidence'],
      ['create', 'Evidence'],
      ['read', 'SignOff'],
      ['decide', 'SignOff'],
      ['read', 'Notification'],
    ] as const) {
      expect(opsFor(action, subject).length, `${action} ${subject}`).toBeGreaterThan(0);
    }
    expect(routedRows.length).toBeGreaterThan(0);
  });
});

describe('every routed row of POLICY_TABLE', () => {
  for (const row of routedRows) {
    for (const op of opsOfRow(row)) {
      const when = row.when ?? 'any record';
      const then = row.allowed ? `${op.success.status}` : 'denied (403, or 404 where it may not even read)';
      const title = `when ${row.role} may${row.allowed ? '' : ' not'} ${row.action} ${row.subject} (${when}) and calls ${op.id}, then ${then}`;
      cell(row.role, op, title, async () => {
        if (row.role.startsWith('integrator:') && op.auth === 'session') {
          expectProblem(await callSessionOnlyAsKey(row.role, op), 403, 'FORBIDDEN');
          expect(row.allowed, 'the table grants a session-only operation to an API key').toBe(false);
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
      const title = `when ${role} has no grant to ${op.permission.action} ${op.permission.subject} and calls ${op.id}, then it is denied`;
      cell(role, op, title, async () => {
        if (role.startsWith('integrator:') && op.auth === 'session') {
          expectProblem(await callSessionOnlyAsKey(role, op), 403, 'FORBIDDEN');
          return;
        }
        const result = await exercise({ role, when: 'unrelated', allowed: false }, op);
        if (op.permission.target === 'collection' && !op.permission.filtered) {
          // No read rule at all: a list is refused outright, as the audit-event and API-key lists are.
          expect(result.outcome).toMatchObject({ status: 403, code: 'FORBIDDEN' });
        } else {
          expectDenied(op, { when: 'unrelated' }, result);
        }
      });
    }
  }
});
