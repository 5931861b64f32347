import { createHash } from 'node:crypto';
import type { TEvidence, TEvidenceInput } from '@kizuna/contracts';
import { abilityOf, actorIdOf, auditActorOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import { newId } from '../ids/new-id.js';
import type { Deps } from '../ports.js';
import { loadReadableSystem } from '../inventory/load-readable-system.js';
import { ownedBy } from '../inventory/owned-by.js';

export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

// Evidence links are opened by whoever reads the dossier: https only, plain http outside production (local
// tools), never script, data or file URLs — the contract refuses those too, this holds for every caller.
const checkEvidenceUrl = (url: string, production: boolean): void => {
  const protocol = URL.canParse(url) ? new URL(url).protocol : null;
  const allowed = protocol === 'https:' || (protocol === 'http:' && !production);
  if (!allowed) {
    const message = production ? 'must be an https: URL' : 'must be an https: or http: URL';
    throw new AppError('VALIDATION_FAILED', `The evidence URL ${message}`, { errors: [{ path: 'url', message }] });
  }
};

export const addEvidence = async (
  deps: Deps,
  ctx: RequestContext,
  systemId: string,
  input: TEvidenceInput,
): Promise<TEvidence> =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const system = await loadReadableSystem(repos, ctx, systemId);
    authorize(abilityOf(ctx), 'create', 'Evidence', ownedBy(system));
    if (input.url) checkEvidenceUrl(input.url, deps.production ?? true);
    const content = input.file ? Buffer.from(input.file.dataBase64, 'base64') : null;
    if (content && content.length > MAX_EVIDENCE_BYTES) {
      throw new AppError('PAYLOAD_TOO_LARGE', `Evidence files are limited to ${MAX_EVIDENCE_BYTES / 1024 / 1024} MiB`);
    }
    const record = {
      id: newId(deps.now().getTime()),
      systemId: system.id,
      kind: input.kind,
      title: input.title,
      url: input.url ?? null,
      fileName: input.file?.name ?? null,
      contentType: input.file?.contentType ?? null,
      sizeBytes: content?.length ?? null,
      // The hash lets a dossier reader check that the file is the one that was signed.
      sha256: content ? createHash('sha256').update(content).digest('hex') : null,
      createdBy: actorIdOf(ctx.actor),
      createdAt: deps.now().toISOString(),
    };
    await repos.evidence.insert({ ...record, content });
    await repos.audit.append({
      action: 'evidence.added',
      targetType: 'Evidence',
      targetId: record.id,
      actor: auditActorOf(ctx.actor),
      requestId: ctx.requestId,
      data: { systemId: system.id, kind: record.kind, title: record.title, url: record.url, sha256: record.sha256 },
    });
    return record;
  });
