import type { TAuditEvent, TAuditVerification } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { Deps } from '../ports.js';
import { computeAuditHash, digestChange, GENESIS_HASH } from './audit-hash.js';

const BATCH = 1000;

const isIntact = (event: TAuditEvent, expectedSeq: number, prevHash: string): boolean =>
  event.seq === expectedSeq &&
  event.prevHash === prevHash &&
  event.changeDigest === digestChange(event.data) &&
  event.hash === computeAuditHash(prevHash, { ...event, occurredAt: new Date(event.occurredAt) });

// Recomputes every link from the genesis hash; an edited, removed or reordered event breaks the chain at its seq.
export const checkAuditChain = async (scan: (afterSeq: number, limit: number) => Promise<TAuditEvent[]>) => {
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let lastSeq = 0;
  for (;;) {
    const batch = await scan(lastSeq, BATCH);
    for (const event of batch) {
      if (!isIntact(event, lastSeq + 1, prevHash)) {
        return { ok: false, checked, firstBadSeq: Math.min(event.seq, lastSeq + 1) };
      }
      prevHash = event.hash;
      lastSeq = event.seq;
      checked += 1;
    }
    if (batch.length < BATCH) return { ok: true, checked, firstBadSeq: null, headSeq: lastSeq, headHash: prevHash };
  }
};

export const verifyAuditChain = async (deps: Deps, ctx: RequestContext): Promise<TAuditVerification> => {
  authorize(abilityOf(ctx), 'verify', 'AuditEvent');
  const result = await deps.runInTenant(ctx.tenant, (repos) =>
    checkAuditChain((after, limit) => repos.audit.scan(after, limit)),
  );
  return { ok: result.ok, checked: result.checked, firstBadSeq: result.firstBadSeq };
};
