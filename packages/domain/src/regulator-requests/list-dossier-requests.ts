import { asSubject, type AppAbility } from '@kizuna/authz';
import type { TDossierRegulatorRequest } from '@kizuna/contracts';
import { tokyoDateOf } from '../incidents/japanese-period.js';
import type { TenantRepos } from '../ports.js';
import { regulatorRequestSubject } from './regulator-request-subject.js';

/**
 * The requests from authorities linked to a system, recorded by `asOf`, for its dossier: only those the reader may
 * read (an executive's dossier or a dossiers:read key shows none). Status and response are as they stand now.
 */
export const listDossierRequests = async (
  repos: TenantRepos,
  ability: AppAbility,
  systemId: string,
  asOf: Date,
): Promise<TDossierRegulatorRequest[]> =>
  (await repos.regulatorRequests.listForSystem(systemId))
    .filter((r) => new Date(r.createdAt) <= asOf)
    .filter((r) => ability.can('read', asSubject('RegulatorRequest', regulatorRequestSubject(r)) as never))
    .map((r) => ({
      id: r.id,
      authority: r.authority,
      authorityName: r.authorityName,
      kind: r.kind,
      legalBasis: r.legalBasis,
      reference: r.reference,
      receivedAt: r.receivedAt,
      responseDueAt: r.responseDueAt,
      responseDueDate: r.responseDueAt ? tokyoDateOf(Date.parse(r.responseDueAt)) : null,
      status: r.status,
      responseSentAt: r.response?.sentAt ?? null,
    }));
