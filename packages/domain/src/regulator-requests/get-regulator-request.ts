import type { TRegulatorRequest } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import { regulatorRequestSubject } from './regulator-request-subject.js';
import { toRegulatorRequestView } from './regulator-request-view.js';

export const getRegulatorRequest = async (deps: Deps, ctx: RequestContext, id: string): Promise<TRegulatorRequest> =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const request = await repos.regulatorRequests.findById(id);
    if (!request) throw new AppError('NOT_FOUND', 'Regulator request not found');
    authorizeRead(abilityOf(ctx), 'RegulatorRequest', regulatorRequestSubject(request), 'Regulator request');
    return toRegulatorRequestView(request, await repos.regulatorRequests.listTimeline(id), deps.now());
  });
