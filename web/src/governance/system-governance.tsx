import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AiSystem } from '../ai-systems/ai-system.js';
import { RiskTierBadge } from '../ai-systems/system-badges.js';
import { ProblemBanner } from '../shell/problem-banner.js';
import { useTenant } from '../shell/tenant-context.js';
import {
  buildDossierUrl,
  buildRiskLogUrl,
  fetchLifecycle,
  fetchRoleDetermination,
  listAssessments,
  listRiskLog,
  listSystemSignOffs,
} from './governance-api.js';
import type { Assessment, LifecycleView, RiskLogEntry, RoleDetermination, SignOff } from './governance.js';
import { LifecycleActions } from './lifecycle-actions.js';
import { LifecycleTimeline } from './lifecycle-timeline.js';
import { RiskBreakdown } from './risk-breakdown.js';
import { RiskLogCard } from './risk-log-card.js';
import { RoleDeterminationCard } from './role-determination-card.js';
import { SignOffHistory } from './sign-off-history.js';

interface GovernanceData {
  lifecycle: LifecycleView;
  roles: RoleDetermination | null;
  /** null when the caller may not read them (the card is then left out rather than shown as an error). */
  assessments: Assessment[] | null;
  signOffs: SignOff[] | null;
  riskLog: RiskLogEntry[] | null;
}

interface SystemGovernanceProps {
  system: AiSystem;
  canEdit: boolean;
  /** The lifecycle state, roles and tier live on the system record; reload it after anything changes them. */
  onSystemChanged: () => void;
}

/** The governance half of the system page: lifecycle, roles, risk, sign-offs and the risk log. */
export function SystemGovernance({ system, canEdit, onSystemChanged }: SystemGovernanceProps) {
  const { t } = useTranslation();
  const { slug } = useTenant();
  const [data, setData] = useState<GovernanceData | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      setError(null);
      try {
        const [lifecycle, roles, assessments, signOffs, riskLog] = await Promise.all([
          fetchLifecycle(slug, system.id, signal),
          fetchRoleDetermination(slug, system.id, signal),
          orNull(listAssessments(slug, system.id, signal)),
          orNull(listSystemSignOffs(slug, system.id, signal)),
          orNull(listRiskLog(slug, system.id, signal)),
        ]);
        if (!signal?.aborted) setData({ lifecycle, roles, assessments, signOffs, riskLog });
      } catch (caught) {
        if (!signal?.aborted) setError(caught);
      }
    },
    [slug, system.id],
  );

  // Reload whenever the record moves on (a new version after an action or an edit).
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load, system.version, system.lifecycleState]);

  function handleChanged() {
    onSystemChanged();
    void load();
  }

  if (error) {
    return (
      <ProblemBanner
        error={error}
        action={
          <button type="button" className="button button-small" onClick={() => void load()}>
            {t('common.retry')}
          </button>
        }
      />
    );
  }
  if (!data) {
    return (
      <div className="card card-padded governance-loading" role="status">
        <span className="spinner" aria-hidden="true" />
        <span className="muted">{t('governance.loading')}</span>
      </div>
    );
  }

  // The newest assessment whose tier was computed (at submission) carries the factors.
  const assessed = data.assessments?.find((assessment) => assessment.risk !== null) ?? null;
  const openAssessment = data.assessments?.find((assessment) => assessment.status === 'in_progress') ?? null;
  const latest = data.assessments?.[0] ?? null;

  return (
    <div className="governance-grid" data-testid="system-governance">
      <section className="card card-padded governance-lifecycle" aria-labelledby="governance-lifecycle-title">
        <div className="card-header">
          <h2 className="section-title" id="governance-lifecycle-title">
            {t('governance.lifecycleTitle')}
          </h2>
          <div className="card-header-links">
            <a href={buildDossierUrl(slug, system.id)} target="_blank" rel="noreferrer" data-testid="dossier-link">
              {t('governance.dossierLink')}
            </a>
            <a href={buildRiskLogUrl(slug, system.id)} target="_blank" rel="noreferrer" data-testid="risk-log-link">
              {t('governance.riskLogLink')}
            </a>
          </div>
        </div>
        <LifecycleActions
          system={system}
          lifecycle={data.lifecycle}
          canEdit={canEdit}
          // The questionnaire documents why the system holds its roles; the assessment builds on that record.
          rolesDetermined={system.roles.length > 0 && data.roles !== null}
          openAssessment={openAssessment}
          latestAssessment={latest}
          onChanged={handleChanged}
        />
        <LifecycleTimeline lifecycle={data.lifecycle} knownNames={collectSignerNames(data.signOffs)} />
      </section>

      <div className="governance-side">
        <section className="card card-padded" aria-labelledby="governance-risk-title" data-testid="risk-card">
          <h2 className="section-title" id="governance-risk-title">
            {t('governance.riskTitle')}
          </h2>
          {assessed?.risk ? (
            <RiskBreakdown risk={assessed.risk} />
          ) : (
            <div className="risk-breakdown">
              <RiskTierBadge tier={system.riskTier} />
              <p className="muted small">{system.riskTier ? t('risk.noBreakdown') : t('risk.notYetAssessed')}</p>
            </div>
          )}
        </section>
        <RoleDeterminationCard
          system={system}
          determination={data.roles}
          // While a submission awaits sign-off, its sealed snapshot includes the roles; they stay as signed.
          canEdit={canEdit && system.lifecycleState !== 'retired' && system.lifecycleState !== 'signoff'}
          cycleOpen={system.lifecycleState === 'assessment' || system.lifecycleState === 'review'}
          onChanged={handleChanged}
        />
      </div>

      {data.signOffs && data.signOffs.length > 0 && (
        <SignOffHistory
          system={system}
          signOffs={data.signOffs}
          lifecycle={data.lifecycle}
          canFulfil={canEdit && system.lifecycleState !== 'retired'}
          onChanged={handleChanged}
        />
      )}
      {data.riskLog && data.riskLog.length > 0 && <RiskLogCard entries={data.riskLog} />}
    </div>
  );
}

/** Parts a role may not read (an owner's view of another unit's sign-offs) are left out, not shown as errors. */
function orNull<T>(promise: Promise<T>): Promise<T | null> {
  return promise.catch(() => null);
}

/** The API has no people lookup yet; sign-offs carry their signer's name, so decisions can at least be named. */
function collectSignerNames(signOffs: SignOff[] | null): Map<string, string> {
  return new Map((signOffs ?? []).map((signOff) => [signOff.signerId, signOff.signerName]));
}
