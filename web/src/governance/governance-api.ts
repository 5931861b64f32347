import { requestJson } from '../api/http-client.js';
import { isApiError } from '../api/problem.js';
import type {
  AnswerInput,
  AppNotification,
  Assessment,
  Evidence,
  EvidenceInput,
  LifecycleView,
  LiveState,
  PendingSignOff,
  ReviewReason,
  RiskLogEntry,
  RoleDetermination,
  RoleQuestionnaire,
  SignOff,
  SignOffRequest,
} from './governance.js';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

function buildTenantPath(tenant: string): string {
  return `/api/v1/tenants/${encodeURIComponent(tenant)}`;
}

export function buildSystemApiPath(tenant: string, systemId: string): string {
  return `${buildTenantPath(tenant)}/ai-systems/${encodeURIComponent(systemId)}`;
}

/** Links a person opens in a new tab (the same-origin session cookie authenticates the GET). */
export function buildDossierUrl(tenant: string, systemId: string): string {
  return `${buildSystemApiPath(tenant, systemId)}/dossier`;
}

export function buildRiskLogUrl(tenant: string, systemId: string): string {
  return `${buildSystemApiPath(tenant, systemId)}/risk-log`;
}

// ---------- System lifecycle ----------

export async function fetchLifecycle(tenant: string, systemId: string, signal?: AbortSignal): Promise<LifecycleView> {
  return (await requestJson<LifecycleView>(`${buildSystemApiPath(tenant, systemId)}/lifecycle`, { signal })).data;
}

/** Resolves to null while the roles have not been determined (the API answers 404). */
export async function fetchRoleDetermination(
  tenant: string,
  systemId: string,
  signal?: AbortSignal,
): Promise<RoleDetermination | null> {
  try {
    const path = `${buildSystemApiPath(tenant, systemId)}/role-determination`;
    return (await requestJson<RoleDetermination>(path, { signal })).data;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export async function determineRoles(
  tenant: string,
  systemId: string,
  answers: RoleQuestionnaire,
): Promise<RoleDetermination> {
  const path = `${buildSystemApiPath(tenant, systemId)}/role-determination`;
  return (await requestJson<RoleDetermination>(path, { method: 'POST', body: answers })).data;
}

export async function startAssessment(tenant: string, systemId: string): Promise<LiveState> {
  const path = `${buildSystemApiPath(tenant, systemId)}/assessments`;
  return (await requestJson<LiveState>(path, { method: 'POST' })).data;
}

export async function openReview(
  tenant: string,
  systemId: string,
  reason: ReviewReason,
  note: string | null,
): Promise<LiveState> {
  const path = `${buildSystemApiPath(tenant, systemId)}/reviews`;
  const body = note ? { reason, note } : { reason };
  return (await requestJson<LiveState>(path, { method: 'POST', body })).data;
}

export async function retireSystem(tenant: string, systemId: string): Promise<LiveState> {
  return (await requestJson<LiveState>(`${buildSystemApiPath(tenant, systemId)}/retire`, { method: 'POST' })).data;
}

export async function reinstateSystem(tenant: string, systemId: string): Promise<LiveState> {
  return (await requestJson<LiveState>(`${buildSystemApiPath(tenant, systemId)}/reinstate`, { method: 'POST' })).data;
}

export async function fulfilCondition(
  tenant: string,
  systemId: string,
  conditionId: string,
  note: string,
): Promise<LiveState> {
  const path = `${buildSystemApiPath(tenant, systemId)}/conditions/${encodeURIComponent(conditionId)}/fulfil`;
  return (await requestJson<LiveState>(path, { method: 'POST', body: { note } })).data;
}

export async function listSystemSignOffs(tenant: string, systemId: string, signal?: AbortSignal): Promise<SignOff[]> {
  return (await requestJson<Page<SignOff>>(`${buildSystemApiPath(tenant, systemId)}/signoffs`, { signal })).data.items;
}

export async function listRiskLog(tenant: string, systemId: string, signal?: AbortSignal): Promise<RiskLogEntry[]> {
  return (await requestJson<Page<RiskLogEntry>>(buildRiskLogUrl(tenant, systemId), { signal })).data.items;
}

// ---------- Assessments and evidence ----------

export async function listAssessments(tenant: string, systemId: string, signal?: AbortSignal): Promise<Assessment[]> {
  const path = `${buildSystemApiPath(tenant, systemId)}/assessments`;
  return (await requestJson<Page<Assessment>>(path, { signal })).data.items;
}

export async function fetchAssessment(
  tenant: string,
  systemId: string,
  assessmentId: string,
  signal?: AbortSignal,
): Promise<Assessment> {
  const path = `${buildSystemApiPath(tenant, systemId)}/assessments/${encodeURIComponent(assessmentId)}`;
  return (await requestJson<Assessment>(path, { signal })).data;
}

export async function saveAnswers(
  tenant: string,
  systemId: string,
  assessmentId: string,
  answers: Record<string, AnswerInput>,
): Promise<Assessment> {
  const path = `${buildSystemApiPath(tenant, systemId)}/assessments/${encodeURIComponent(assessmentId)}`;
  return (await requestJson<Assessment>(path, { method: 'PATCH', body: { answers } })).data;
}

export async function submitAssessment(tenant: string, systemId: string, assessmentId: string): Promise<LiveState> {
  const path = `${buildSystemApiPath(tenant, systemId)}/assessments/${encodeURIComponent(assessmentId)}/submit`;
  return (await requestJson<LiveState>(path, { method: 'POST' })).data;
}

export async function listEvidence(tenant: string, systemId: string, signal?: AbortSignal): Promise<Evidence[]> {
  return (await requestJson<Page<Evidence>>(`${buildSystemApiPath(tenant, systemId)}/evidence`, { signal })).data.items;
}

export async function addEvidence(
  tenant: string,
  systemId: string,
  input: EvidenceInput,
  idempotencyKey: string,
): Promise<Evidence> {
  const path = `${buildSystemApiPath(tenant, systemId)}/evidence`;
  return (
    await requestJson<Evidence>(path, { method: 'POST', body: input, headers: { 'Idempotency-Key': idempotencyKey } })
  ).data;
}

// ---------- Sign-offs and notifications ----------

export async function listMyPendingSignOffs(tenant: string, signal?: AbortSignal): Promise<PendingSignOff[]> {
  const path = `${buildTenantPath(tenant)}/signoffs?pending=mine`;
  return (await requestJson<Page<PendingSignOff>>(path, { signal })).data.items;
}

export async function decideSignOff(
  tenant: string,
  systemId: string,
  request: SignOffRequest,
  idempotencyKey: string,
): Promise<LiveState> {
  const path = `${buildSystemApiPath(tenant, systemId)}/signoffs`;
  return (
    await requestJson<LiveState>(path, {
      method: 'POST',
      body: request,
      headers: { 'Idempotency-Key': idempotencyKey },
    })
  ).data;
}

export async function listUnreadNotifications(
  tenant: string,
  limit: number,
  signal?: AbortSignal,
): Promise<AppNotification[]> {
  const query = new URLSearchParams({ unread: 'true', limit: String(limit) });
  const path = `${buildTenantPath(tenant)}/notifications?${query}`;
  return (await requestJson<Page<AppNotification>>(path, { signal })).data.items;
}

export interface FrameworkName {
  id: string;
  name: { ja: string; en: string };
}

let frameworkNames: Promise<FrameworkName[]> | null = null;

/** Catalog data is fixed at run time, so one fetch per page load serves every assessment screen. */
export function fetchFrameworkNames(): Promise<FrameworkName[]> {
  frameworkNames ??= requestJson<{ items: FrameworkName[] }>('/api/v1/catalog/frameworks').then(
    ({ data }) => data.items.map(({ id, name }) => ({ id, name })),
    (error: unknown) => {
      frameworkNames = null;
      throw error;
    },
  );
  return frameworkNames;
}
