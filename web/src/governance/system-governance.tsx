import { asSubject } from '@kizuna/authz';
import { useTranslation } from 'react-i18next';
import type { AiSystem } from '../ai-systems/ai-system.js';
import { RiskTierBadge } from '../ai-systems/system-badges.js';
import { apiClient } from '../api/api-client.js';
import { apiQueryOrNull, useApiQuery, useFreshQuery } from '../api/api-query.js';
import { QueryStatus } from '../shell/query-status.js';
import { useTenant } from '../shell/tenant-context.js';
import type { SignOff } from './governance.js';
import { LifecycleActions } from './lifecycle-actions.js';
import { LifecycleTimeline } from './lifecycle-timeline.js';
import { RiskBreakdown } from './risk-breakdown.js';
import { RiskLogCard } from './risk-log-card.js';
import { RoleDeterminationCard } from './role-determination-card.js';
import { SignOffHistory } from './sign-off-history.js';

interface SystemGovernanceProps {
  system: AiSystem;
  canEdit: boolean;
}

/** The governance half of the system page: lifecycle, roles, risk, sign-offs and the risk log. */
export function SystemGovernance({ system, canEdit }: SystemGovernanceProps) {
  const { t } = useTranslation();
  const { slug, ability } = useTenant();
  // Retiring, reinstating and reviewing have permissions of their own, not the right to edit (a copy: asSubject
  // tags in place).
  const subject = () => asSubject('AiSystem', { ...system, ownerId: system.ownerId ?? undefined });
  const may = {
    review: ability.can('review', subject()),
    retire: ability.can('retire', subject()),
    reinstate: ability.can('reinstate', subject()),
  };
  const params = { tenant: slug, id: system.id };
  const lifecycle = useApiQuery('getLifecycle', { params });
  // Resolves to null while the roles have not been determined (the API answers 404).
  const roles = useFreshQuery({
    ...apiQueryOrNull('getRoleDetermination', { params }, 404),
    select: (r) => r?.data ?? null,
  });
  // Parts a role may not read (an owner's view of another unit's sign-offs) are left out, not shown as errors.
  const assessments = useApiQuery('listAssessments', { params });
  const signOffs = useApiQuery('listSystemSignOffs', { params });
  const riskLog = useApiQuery('listRiskLog', { params });
  const optional = [assessments, signOffs, riskLog];

  if (!lifecycle.data || roles.data === undefined || optional.some((query) => query.isPending)) {
    return (
      <QueryStatus
        queries={[lifecycle, roles]}
        pending={
          <div className="card card-padded governance-loading" role="status">
            <span className="spinner" aria-hidden="true" />
            <span className="muted">{t('governance.loading')}</span>
          </div>
        }
      />
    );
  }
  const data = {
    lifecycle: lifecycle.data,
    roles: roles.data,
    assessments: assessments.isError ? null : (assessments.data?.items ?? null),
    signOffs: signOffs.isError ? null : (signOffs.data?.items ?? null),
    riskLog: riskLog.isError ? null : (riskLog.data?.items ?? null),
  };

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
            <a
              href={apiClient.buildHref('getDossier', { params })}
              target="_blank"
              rel="noreferrer"
              data-testid="dossier-link"
            >
              {t('governance.dossierLink')}
            </a>
            <a
              href={apiClient.buildHref('listRiskLog', { params })}
              target="_blank"
              rel="noreferrer"
              data-testid="risk-log-link"
            >
              {t('governance.riskLogLink')}
            </a>
          </div>
        </div>
        <LifecycleActions
          system={system}
          lifecycle={data.lifecycle}
          canEdit={canEdit}
          may={may}
          // The questionnaire documents why the system holds its roles; the assessment builds on that record.
          rolesDetermined={system.roles.length > 0 && data.roles !== null}
          openAssessment={openAssessment}
          latestAssessment={latest}
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
        />
      </div>

      {data.signOffs && data.signOffs.length > 0 && (
        <SignOffHistory
          system={system}
          signOffs={data.signOffs}
          lifecycle={data.lifecycle}
          canFulfil={system.lifecycleState !== 'retired'}
        />
      )}
      {data.riskLog && data.riskLog.length > 0 && <RiskLogCard entries={data.riskLog} />}
    </div>
  );
}

/** The API has no people lookup yet; sign-offs carry their signer's name, so decisions can at least be named. */
function collectSignerNames(signOffs: SignOff[] | null): Map<string, string> {
  return new Map((signOffs ?? []).map((signOff) => [signOff.signerId, signOff.signerName]));
}
