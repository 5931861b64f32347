import type { Filter } from '@kizuna/authz';
import type { TAiSystem, TApiKey, TAuditEvent } from '@kizuna/contracts';
import type { AuditEntry } from './audit/audit-hash.js';
import type {
  AssessmentRepo,
  EvidenceRepo,
  LifecycleRepo,
  NotificationRepo,
  RiskLogRepo,
  SignOffRepo,
} from './assessments/assessment-ports.js';

// The repositories the use-cases need. packages/db implements them; domain never touches SQL.
export type TenantRecord = {
  id: string;
  slug: string;
  name: string;
  schemaName: string;
  status: 'provisioning' | 'active' | 'suspended' | 'failed';
  clusterId: string;
};

export type UserRecord = {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string | null;
  locale: 'ja' | 'en';
  disabledAt: Date | null;
};

export type MembershipRecord = { tenantId: string; userId: string; roles: string[]; businessUnitIds: string[] };

// creatorDisabled: whether the person who made the key is disabled (read with the key, in one query).
export type ApiKeyRecord = TApiKey & { tenantId: string; secretHash: string; creatorDisabled?: boolean };

export type Page<T> = { items: T[]; nextCursor: string | null };
export type PageRequest = { limit: number; cursor?: string | undefined };

export type NewAiSystem = Omit<TAiSystem, 'version' | 'createdAt' | 'updatedAt'> & { createdBy: string };

export type AiSystemRepo = {
  insert(system: NewAiSystem): Promise<TAiSystem>;
  findById(id: string): Promise<TAiSystem | null>;
  list(filter: Filter, page: PageRequest): Promise<Page<TAiSystem>>;
  // Applies the change only if the row is still at `expectedVersion`; null when it was not.
  update(id: string, expectedVersion: number, change: Partial<NewAiSystem>): Promise<TAiSystem | null>;
  setRoleDetermination(id: string, determination: Record<string, unknown>, roles: TAiSystem['roles']): Promise<void>;
  getGovernanceFields(id: string): Promise<{
    roleDetermination: unknown;
    risk: unknown;
    currentAssessmentId: string | null;
    nextReviewAt: string | null;
  } | null>;
  listIds(): Promise<{ id: string; lifecycleState: TAiSystem['lifecycleState'] }[]>;
};

export type AuditRepo = {
  append(entry: AuditEntry): Promise<{ seq: number; hash: string } | null>;
  list(page: PageRequest): Promise<Page<TAuditEvent>>;
  // Streams the chain in order, in batches, for verification.
  scan(afterSeq: number, limit: number): Promise<TAuditEvent[]>;
};

export type ApiKeyRepo = {
  insert(key: ApiKeyRecord): Promise<void>;
  findById(id: string): Promise<ApiKeyRecord | null>;
  list(tenantId: string, page: PageRequest): Promise<Page<TApiKey>>;
  revoke(tenantId: string, id: string, at: Date): Promise<boolean>;
  // Records use at most once a minute, so a busy integrator does not write on every request.
  touch(id: string, at: Date): Promise<void>;
};

export type BusinessUnitRepo = {
  list(): Promise<{ id: string; name: string }[]>;
  insert(unit: { id: string; name: string }): Promise<void>;
};

export type TenantSetupRepo = {
  seedRoleDefinitions(defs: { role: string; nameEn: string; nameJa: string }[]): Promise<void>;
  ensurePolicy(policy: Record<string, unknown>): Promise<void>;
  getPolicy(): Promise<Record<string, unknown> | null>;
  savePolicy(policy: Record<string, unknown>): Promise<void>;
};

export type TenantRepos = {
  setup: TenantSetupRepo;
  memberships: { upsert(membership: MembershipRecord): Promise<void> };
  aiSystems: AiSystemRepo;
  audit: AuditRepo;
  apiKeys: ApiKeyRepo;
  businessUnits: BusinessUnitRepo;
  assessments: AssessmentRepo;
  evidence: EvidenceRepo;
  signOffs: SignOffRepo;
  riskLog: RiskLogRepo;
  lifecycle: LifecycleRepo;
  notifications: NotificationRepo;
};

export type TenantDirectory = {
  findBySlug(slug: string): Promise<TenantRecord | null>;
  findById(id: string): Promise<TenantRecord | null>;
  list(): Promise<TenantRecord[]>;
  insert(tenant: TenantRecord): Promise<void>;
  setStatus(id: string, status: TenantRecord['status']): Promise<void>;
};

export type UserDirectory = {
  findByEmail(email: string): Promise<UserRecord | null>;
  findById(id: string): Promise<UserRecord | null>;
  upsert(user: UserRecord): Promise<UserRecord>;
  listMemberships(userId: string): Promise<(MembershipRecord & { tenantSlug: string; tenantName: string })[]>;
  findMembership(tenantId: string, userId: string): Promise<MembershipRecord | null>;
  upsertMembership(membership: MembershipRecord): Promise<void>;
  listMembersWithRoles(tenantId: string, roles: string[]): Promise<string[]>;
  listMembers(tenantId: string): Promise<{ id: string; displayName: string; email: string; roles: string[] }[]>;
};

export type ControlRepos = {
  tenants: TenantDirectory;
  users: UserDirectory;
  apiKeys: ApiKeyRepo;
};

export type Deps = {
  control: ControlRepos;
  runInTenant<T>(tenant: TenantRecord, fn: (repos: TenantRepos) => Promise<T>): Promise<T>;
  now(): Date;
};
