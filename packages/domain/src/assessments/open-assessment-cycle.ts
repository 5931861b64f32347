import { AppError } from '../errors/app-error.js';
import { newId } from '../ids/new-id.js';
import type { Deps } from '../ports.js';
import { DEFAULT_CATALOG_PINS } from '@kizuna/catalog';
import { resolveRequirements } from './catalog-lookup.js';
import { refreshRequirements } from './refresh-requirements.js';
import { loadTenant } from '../tenants/load-tenant.js';

// Opens the next assessment cycle with the requirements that apply now. A review carries the previous cycle's
// answers forward, marked for confirmation. Idempotent: an open cycle is returned rather than a second one made,
// its requirements resolved again first (the profile or roles may have changed since it opened).
export const openAssessmentCycle = async (
  deps: Deps,
  input: { tenantId: string; systemId: string; kind: 'initial' | 'review' },
): Promise<{ assessmentId: string }> => {
  const tenant = await loadTenant(deps, input.tenantId);
  return deps.runInTenant(tenant, async (repos) => {
    const system = await repos.aiSystems.findById(input.systemId);
    if (!system) throw new AppError('NOT_FOUND', 'AI system not found');
    const previous = await repos.assessments.listForSystem(input.systemId);
    const open = previous.find((a) => a.status === 'in_progress');
    if (open) {
      await refreshRequirements(repos, system, open);
      return { assessmentId: open.id };
    }
    const requirements = resolveRequirements(system);
    const assessment = await repos.assessments.insert({
      id: newId(deps.now().getTime()),
      systemId: system.id,
      cycle: (previous[0]?.cycle ?? 0) + 1,
      kind: input.kind,
      status: 'in_progress',
      catalogVersions: DEFAULT_CATALOG_PINS.map((p) => ({ ...p })),
      requirements,
    });
    const last = previous.find((a) => a.status === 'approved');
    if (input.kind === 'review' && last) {
      const wanted = new Set(requirements.map((r) => r.requirementId));
      for (const answer of await repos.assessments.getAnswers(last.id)) {
        if (!wanted.has(answer.requirementId)) continue;
        await repos.assessments.saveAnswer(assessment.id, answer.requirementId, answer.answer, {
          actorId: 'system',
          carriedForward: true,
          confirmed: false,
        });
      }
    }
    for (const a of previous.filter((p) => p.status === 'submitted'))
      await repos.assessments.setStatus(a.id, 'superseded');
    return { assessmentId: assessment.id };
  });
};
