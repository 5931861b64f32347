import type { TAssessment, TSignOff } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorizeRead } from '../authorize.js';
import type { Deps, TenantRepos } from '../ports.js';
import type { AssessmentRecord, StoredSnapshot } from '../assessments/assessment-ports.js';
import { loadReadableSystem } from '../inventory/load-readable-system.js';
import { ownedBy } from '../inventory/owned-by.js';
import { listDossierRequests } from '../regulator-requests/list-dossier-requests.js';

// The snapshot a decision was made on. Submissions sealed before snapshots had their own table (or by code that
// predates it) are still on the assessment row while it holds that hash; a snapshot overwritten before then is
// gone, and the dossier says so (no assessment) rather than show answers nobody signed.
const findSignedSnapshot = async (
  repos: TenantRepos,
  assessment: AssessmentRecord,
  snapshotHash: string,
): Promise<StoredSnapshot | null> => {
  const stored = await repos.snapshots.find(assessment.id, snapshotHash);
  if (stored) return stored;
  if (assessment.snapshotHash !== snapshotHash || !assessment.risk || !assessment.submittedBy) return null;
  const snapshot = await repos.assessments.getSnapshot(assessment.id);
  if (!snapshot || !assessment.submittedAt) return null;
  return {
    assessmentId: assessment.id,
    snapshotHash,
    snapshot,
    risk: assessment.risk,
    submittedBy: assessment.submittedBy,
    submittedAt: assessment.submittedAt,
  };
};

// The assessment as it was signed: every answer from the snapshot, none from today's working copy.
const toSignedAssessmentView = (
  assessment: AssessmentRecord,
  signed: StoredSnapshot,
  signOffs: TSignOff[],
): TAssessment => {
  const answers = new Map(
    (
      (signed.snapshot.answers ?? []) as {
        requirementId: string;
        answer: TAssessment['requirements'][number]['answer'];
      }[]
    ).map((a) => [a.requirementId, a.answer]),
  );
  const rejected = signOffs.some(
    (s) => s.assessmentId === assessment.id && s.snapshotHash === signed.snapshotHash && s.decision === 'reject',
  );
  return {
    ...assessment,
    status: rejected ? 'rejected' : assessment.snapshotHash === signed.snapshotHash ? assessment.status : 'superseded',
    submittedBy: signed.submittedBy,
    submittedAt: signed.submittedAt,
    snapshotHash: signed.snapshotHash,
    risk: signed.risk,
    requirements: assessment.requirements.map((r) => {
      const answer = answers.get(r.requirementId) ?? null;
      // Sealing refuses unconfirmed answers, so whatever was signed was confirmed.
      return { ...r, answer, carriedForward: false, confirmed: answer !== null };
    }),
  };
};

// The deployment dossier as of the latest sign-off (or a given time): what was assessed, on which evidence, who
// signed it and the hashes of what they signed — all read from the snapshot that decision was made on.
// `appBaseUrl` is where the web app is reached: the dossier links the public feedback page when it lists the system.
export const getDossier = async (deps: Deps, ctx: RequestContext, systemId: string, at?: string, appBaseUrl?: string) =>
  deps.runInTenant(ctx.tenant, async (repos) => {
    const system = await loadReadableSystem(repos, ctx, systemId);
    authorizeRead(abilityOf(ctx), 'SignOff', ownedBy(system), 'Dossier');
    const asOf = at ? new Date(at) : deps.now();
    const signOffs = await repos.signOffs.listForSystem(system.id, asOf);
    const latest = signOffs.at(-1);
    const assessment = latest ? await repos.assessments.findById(latest.assessmentId) : null;
    const signed = latest && assessment ? await findSignedSnapshot(repos, assessment, latest.snapshotHash) : null;
    const snapshot = signed?.snapshot ?? null;
    const signedEvidence = new Set(((snapshot?.evidence ?? []) as { id: string }[]).map((e) => e.id));
    const evidence = (await repos.evidence.listForSystem(system.id)).filter((e) => signedEvidence.has(e.id));
    const fields = await repos.aiSystems.getGovernanceFields(system.id);
    const riskLog = (await repos.riskLog.listForSystem(system.id)).filter((r) => new Date(r.createdAt) <= asOf);
    const channel = await repos.feedback.getChannel();
    const listed = appBaseUrl && channel?.enabled && channel.systemIds.includes(system.id);
    return {
      generatedAt: deps.now().toISOString(),
      asOf: asOf.toISOString(),
      system: (snapshot?.system as Record<string, unknown> | undefined) ?? { ...system },
      roleDetermination: (snapshot?.roleDetermination ?? fields?.roleDetermination ?? null) as never,
      risk: signed?.risk ?? null,
      assessment: assessment && signed ? toSignedAssessmentView(assessment, signed, signOffs) : null,
      evidence,
      riskLog,
      signOffs: assessment ? signOffs.filter((s) => s.assessmentId === assessment.id) : [],
      signedSnapshotHashes: [...new Set(signOffs.map((s) => s.snapshotHash))],
      feedbackChannelUrl: listed ? `${appBaseUrl}/feedback/${encodeURIComponent(ctx.tenant.slug)}` : null,
      regulatorRequests: await listDossierRequests(repos, abilityOf(ctx), system.id, asOf),
    };
  });
