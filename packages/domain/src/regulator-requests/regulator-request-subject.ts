import type { RegulatorRequestRecord } from './regulator-request-ports.js';

// What the permission rules read on a request: every owner of a linked system, so a system owner's
// `systemOwnerId = me` grant holds when they own one of them (the SQL list filter gives it the same meaning).
export const regulatorRequestSubject = (request: Pick<RegulatorRequestRecord, 'systemOwnerIds'>) => ({
  systemOwnerId: request.systemOwnerIds,
});
