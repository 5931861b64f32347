import type { TSignOff } from '@kizuna/contracts';
import type { TransitionInput } from '../lifecycle/lifecycle-ports.js';

// Ports of the sign-offs capability: the signatures repository (packages/db implements it) and the inputs of the
// activities that record a decision, which the lifecycle state machine emits as effects.
export type SignOffRecord = Omit<TSignOff, 'conditions'> & {
  conditions: TSignOff['conditions'];
  submittedBy: string;
  authMethod: 'password' | 'recent_login';
  authenticatedAt: string;
};

export type SignOffRepo = {
  // False when this signer already decided this assessment (a retried activity).
  insert(s: SignOffRecord): Promise<boolean>;
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
