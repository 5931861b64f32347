import type { ApproverRole, Filter } from '@kizuna/authz';
import type { TRiskAssessment, TSignOff, TTenantPolicy } from '@kizuna/contracts';
import type { TransitionInput } from '../lifecycle/lifecycle-ports.js';
import type { RiskTier } from '../policy/compute-risk-tier.js';

// Ports of the sign-offs capability: the signatures repository (packages/db implements it) and the inputs of the
// activities that record a decision, which the lifecycle state machine emits as effects.
export type SignOffRecord = Omit<TSignOff, 'conditions'> & {
  conditions: TSignOff['conditions'];
  submittedBy: string;
  authMethod: 'password' | 'recent_login';
  authenticatedAt: string;
};

// What the inbox asks for: submitted assessments of systems in sign-off that `signerId` may read (`systems`, over
// AiSystem fields) and decide (`decide`, over the SignOff subject: approverRole, submittedBy, systemOwnerId), that
// they have not yet decided at the current snapshot.
export type AwaitingDecisionQuery = {
  systems: Filter;
  decide: Filter;
  // Who approves each tier (the domain's rule, handed to SQL so both agree).
  approverRoles: Record<RiskTier, ApproverRole>;
  signerId: string;
  // The tenant's segregation-of-duties settings: the same exclusions the decision applies (findExcludedSigners),
  // so the inbox never offers a sign-off its reader would be refused.
  segregation: TTenantPolicy['segregationOfDuties'];
};

export type AwaitingDecision = {
  systemId: string;
  systemName: string;
  assessmentId: string;
  snapshotHash: string;
  risk: TRiskAssessment;
  submittedBy: string;
  submittedAt: string;
  // Approvals (approve, approve with conditions) already given at the current snapshot.
  approvals: number;
};

export type SignOffRepo = {
  // False when this signer already decided this assessment (a retried activity).
  insert(s: SignOffRecord): Promise<boolean>;
  // One query per page, whatever the number of systems.
  listAwaitingDecision(
    query: AwaitingDecisionQuery,
    page: { limit: number; cursor?: string },
  ): Promise<{ items: AwaitingDecision[]; nextCursor: string | null }>;
  listForAssessment(assessmentId: string): Promise<TSignOff[]>;
  listForSystem(systemId: string, until?: Date): Promise<TSignOff[]>;
};

export type RecordSignOffInput = {
  tenantId: string;
  systemId: string;
  assessmentId: string;
  actorId: string;
  signerName: string;
  submittedBy: string;
  decision: 'approve' | 'approve_with_conditions' | 'reject';
  snapshotHash: string;
  attestation: string;
  comment: string | null;
  conditions: { text: string; ownerId: string; dueDate: string }[];
  conditionIds: string[];
  authMethod: 'password' | 'recent_login';
  authenticatedAt: string;
  decidedAt: string;
};

export type ApplyDecisionInput = {
  signOff: RecordSignOffInput;
  assessmentStatus: 'in_progress' | 'approved' | null;
  transition: TransitionInput;
};
