import type { Filter } from '@kizuna/authz';
import type { TAiSystem } from '@kizuna/contracts';
import type { Page, PageRequest } from '../page.js';

// The inventory's repository. packages/db implements it.
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
