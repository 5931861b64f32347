import type { TransitionRecord } from '@kizuna/domain';
import { expect } from 'vitest';
import { answerEverything, createSystemThroughApi, waitFor } from './governance-helpers.js';
import { logIn, TEST_PASSWORD, type TestTenant } from './test-context.js';

// Steps of the governance loop through the real API, shared by the lifecycle timer, crash and history tests.

export type Session = Awaited<ReturnType<typeof logIn>>;
export type Role = keyof TestTenant['users'];
type AppLike = Parameters<typeof logIn>[0];

export type LiveState = {
  state: string;
  seq: number;
  assessmentId: string | null;
  snapshotHash: string | null;
  quorum: number | null;
  approverRole: string | null;
  approvals: { signerId: string; decision: string }[];
  openConditions: { id: string; ownerId: string; dueAt: string }[];
  nextTimer: { kind: string; at: string } | null;
};
// A transition as the API shows it: the domain's record without the system it belongs to.
export type Transition = Omit<TransitionRecord, 'systemId'>;
export type LifecycleView = {
  state: string;
  transitions: Transition[];
  live: { quorum: number | null; approvals: unknown[]; nextTimer: { kind: string; at: string } | null } | null;
};
export type Notification = {
  id: string;
  kind: string;
  systemId: string | null;
  payload: Record<string, unknown>;
  createdAt: string;
};
export type Requirement = {
  requirementId: string;
  expectedEvidence: string[];
  answer: Record<string, unknown> | null;
  carriedForward: boolean;
  confirmed: boolean;
};

// Profiles that land in each risk tier (see compute-risk-tier.ts).
export const PROFILES = {
  low: {},
  medium: { usesPersonalData: true, generativeAi: true, publicFacing: true },
  high: { usesPersonalData: true, automatedDecisions: true, sector: 'finance' },
} as const;

export const systemPath = (tenantSlug: string, systemId: string) =>
  `/api/v1/tenants/${tenantSlug}/ai-systems/${systemId}`;

export const logInAll = async <R extends Role>(app: AppLike, tenant: TestTenant, roles: R[]) => {
  const sessions = {} as Record<R, Session>;
  for (const role of roles) sessions[role] = await logIn(app, tenant.users[role].email);
  return sessions;
};

// Registers a system, determines its roles, starts and answers the first assessment; does not submit.
export const prepareSystem = async (
  owner: Session,
  tenant: TestTenant,
  input: { name: string; profile: Record<string, unknown> },
) => {
  const system = await createSystemThroughApi(owner, tenant.slug, { ...input, purpose: `Purpose of ${input.name}` });
  const base = systemPath(tenant.slug, system.id);
  await owner.agent
    .post(`${base}/role-determination`)
    .set('X-CSRF-Token', owner.csrf)
    .send({ trainsOrFineTunes: false, offersToOthers: false, usesInOwnOperations: true })
    .expect(200);
  const started = await owner.agent.post(`${base}/assessments`).set('X-CSRF-Token', owner.csrf).expect(202);
  const assessmentId = started.body.assessmentId as string;
  const requirements = (await getAssessment(owner, tenant.slug, system.id, assessmentId)).requirements;
  await answerEverything(owner, tenant.slug, system.id, assessmentId, requirements, tenant.users.system_owner.id);
  return { systemId: system.id, assessmentId, requirements };
};

export const getAssessment = async (who: Session, tenantSlug: string, systemId: string, assessmentId: string) =>
  (await who.agent.get(`${systemPath(tenantSlug, systemId)}/assessments/${assessmentId}`).expect(200)).body as {
    id: string;
    status: string;
    kind: string;
    cycle: number;
    requirements: Requirement[];
  };

export const submit = (owner: Session, tenantSlug: string, systemId: string, assessmentId: string) =>
  owner.agent
    .post(`${systemPath(tenantSlug, systemId)}/assessments/${assessmentId}/submit`)
    .set('X-CSRF-Token', owner.csrf);

// Submits and expects sign-off to open; returns the live state the workflow answered with.
export const submitForSignOff = async (owner: Session, tenantSlug: string, systemId: string, assessmentId: string) => {
  const res = await submit(owner, tenantSlug, systemId, assessmentId);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  expect(res.body.state).toBe('signoff');
  return res.body as LiveState & { snapshotHash: string };
};

export const decide = (
  who: Session,
  tenantSlug: string,
  systemId: string,
  body: {
    assessmentId: string;
    snapshotHash: string;
    decision: 'approve' | 'approve_with_conditions' | 'reject';
    conditions?: { text: string; ownerId: string; dueDate: string }[];
    comment?: string;
  },
) =>
  who.agent
    .post(`${systemPath(tenantSlug, systemId)}/signoffs`)
    .set('X-CSRF-Token', who.csrf)
    .send({ attestation: 'I have read the assessment snapshot and accept it.', password: TEST_PASSWORD, ...body });

export const lifecycleOf = async (who: Session, tenantSlug: string, systemId: string) =>
  (await who.agent.get(`${systemPath(tenantSlug, systemId)}/lifecycle`).expect(200)).body as LifecycleView;

export const waitForState = async (who: Session, tenantSlug: string, systemId: string, state: string, ms = 30_000) => {
  await waitFor(async () => (await lifecycleOf(who, tenantSlug, systemId)).state === state, ms);
  return lifecycleOf(who, tenantSlug, systemId);
};

// The caller's own notifications about one system, optionally of one kind.
export const notificationsOf = async (who: Session, tenantSlug: string, systemId: string, kind?: string) => {
  const res = await who.agent.get(`/api/v1/tenants/${tenantSlug}/notifications?limit=200`).expect(200);
  return (res.body.items as Notification[]).filter((n) => n.systemId === systemId && (!kind || n.kind === kind));
};

// YYYY-MM-DD of today plus n days, in UTC (the workflow counts whole UTC days from the decision's date).
export const utcDatePlus = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
