import type { TAuditEvent, TAuditVerification } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import type { Deps } from '../ports.js';
import { computeAuditHash, digestChange, GENESIS_HASH } from './audit-hash.js';
import type { AuditHead } from './audit-ports.js';

const PAGE_SIZE = 1000;

const isIntact = (event: TAuditEvent, expectedSeq: number, prevHash: string): boolean =>
  event.seq === expectedSeq &&
  event.prevHash === prevHash &&
  event.changeDigest === digestChange(event.data) &&
  event.hash === computeAuditHash(prevHash, { ...event, occurredAt: new Date(event.occurredAt) });

// Recomputes every link from the genesis hash; an edited, removed or reordered event breaks the chain at its seq.
// With the stored head (read before the scan, and again after it) it also catches a chain cut short at its end
// and events that no head ever accounted for; events appended while it runs are neither.
export const checkAuditChain = async (
  scan: (afterSeq: number, limit: number) => Promise<TAuditEvent[]>,
  readHead?: () => Promise<AuditHead | null>,
  pageSize = PAGE_SIZE,
) => {
  const genesis: AuditHead = { seq: 0, hash: GENESIS_HASH };
  const startHead = readHead ? ((await readHead()) ?? genesis) : null;
  let hashAtStartHead = startHead?.seq === 0 ? GENESIS_HASH : null;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let lastSeq = 0;
  for (;;) {
    const batch = await scan(lastSeq, pageSize);
    for (const event of batch) {
      if (!isIntact(event, lastSeq + 1, prevHash)) {
        return { ok: false, checked, firstBadSeq: Math.min(event.seq, lastSeq + 1) };
      }
      prevHash = event.hash;
      lastSeq = event.seq;
      checked += 1;
      if (event.seq === startHead?.seq) hashAtStartHead = event.hash;
    }
    if (batch.length < pageSize) break;
  }
  if (startHead && readHead) {
    const endHead = (await readHead()) ?? genesis;
    const bad = (firstBadSeq: number) => ({ ok: false, checked: firstBadSeq - 1, firstBadSeq });
    if (lastSeq < startHead.seq) return bad(lastSeq + 1);
    if (hashAtStartHead !== startHead.hash) return bad(Math.max(startHead.seq, 1));
    if (lastSeq > endHead.seq) return bad(endHead.seq + 1);
  }
  return { ok: true, checked, firstBadSeq: null, headSeq: lastSeq, headHash: prevHash };
};

// Each page is read in its own short transaction, so verifying a long chain never holds one transaction (and its
// snapshot and connection) open for the whole scan. The pages still join up: events are append-only and a seq
// becomes visible only after every smaller one (appends serialise on the chain head), so later pages only ever
// extend what earlier ones saw.
export const verifyAuditChain = async (
  deps: Deps,
  ctx: RequestContext,
  options: { pageSize?: number } = {},
): Promise<TAuditVerification> => {
  authorize(abilityOf(ctx), 'verify', 'AuditEvent');
  const result = await checkAuditChain(
    (after, limit) => deps.runInTenant(ctx.tenant, (repos) => repos.audit.scan(after, limit)),
    () => deps.runInTenant(ctx.tenant, (repos) => repos.audit.head()),
    options.pageSize,
  );
  return { ok: result.ok, checked: result.checked, firstBadSeq: result.firstBadSeq };
};
