import { abilityOf, type RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import type { Deps } from '../ports.js';
import { toAssessmentView } from '../assessments/to-assessment-view.js';
import { loadReadableSystem } from '../inventory/load-readable-system.js';
import { ownedBy } from '../inventory/owned-by.js';

// The deployment dossier as of the latest sign-off (or a given time): what was assessed, on which evidence, who
// signed it and the hashes of what they signed.
export const getDossier = async (deps: Deps, ctx: RequestContext, systemId: string, at?: string) =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const system = await loadReadableSystem(repos, ctx, systemId);
    const ability = abilityOf(ctx);
    authorizeRead(ability, 'SignOff', ownedBy(system), 'Dossier');
    const asOf = at ? new Date(at) : deps.now();
    const signOffs = await repos.signOffs.listForSystem(system.id, asOf);
    const latest = signOffs.at(-1);
    const assessment = latest ? await repos.assessments.findById(latest.assessmentId) : null;
    const snapshot = assessment ? await repos.assessments.getSnapshot(assessment.id) : null;
    const signedEvidence = new Set(((snapshot?.evidence ?? []) as { id: string }[]).map((e) => e.id));
    const evidence = (await repos.evidence.listForSystem(system.id)).filter((e) => signedEvidence.has(e.id));
    const fields = await repos.aiSystems.getGovernanceFields(system.id);
    const riskLog = (await repos.riskLog.listForSystem(system.id)).filter((r) => new Date(r.createdAt) <= asOf);
    return {
      generatedAt: deps.now().toISOString(),
      asOf: asOf.toISOString(),
      system: (snapshot?.system as Record<string, unknown> | undefined) ?? { ...system },
      roleDetermination: (snapshot?.roleDetermination ?? fields?.roleDetermination ?? null) as never,
      risk: assessment?.risk ?? null,
      assessment: assessment ? await toAssessmentView(repos, assessment) : null,
      evidence,
      riskLog,
      signOffs: assessment ? signOffs.filter((s) => s.assessmentId === assessment.id) : [],
      signedSnapshotHashes: [...new Set(signOffs.map((s) => s.snapshotHash))],
    };
  });
