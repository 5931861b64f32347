import { asSubject } from '@kizuna/authz';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { AppLink } from '../routing/app-link.js';
import { buildInventoryPath } from '../routing/router.js';
import { ProblemBanner, resolveProblemText } from '../shell/problem-banner.js';
import { LoadingView, MessageView } from '../shell/status-views.js';
import { useTenant } from '../shell/tenant-context.js';
import { PROFILE_FLAGS, type AiSystem, type AiSystemInput } from './ai-system.js';
import { AiSystemForm, diffAiSystemInput } from './ai-system-form.js';
import { fetchAiSystem, updateAiSystem, type VersionedAiSystem } from './ai-systems-api.js';
import { ReferenceLabel } from './reference-label.js';
import { LifecycleBadge, RiskTierBadge } from './system-badges.js';
import { SystemGovernance } from '../governance/system-governance.js';

type Notice = { kind: 'saved' } | { kind: 'no-changes' } | null;

export function AiSystemDetailPage({ systemId }: { systemId: string }) {
  const { t } = useTranslation();
  const { slug, ability, user } = useTenant();
  const [loaded, setLoaded] = useState<VersionedAiSystem | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const load = useCallback(
    (signal?: AbortSignal) => {
      setLoadError(null);
      fetchAiSystem(slug, systemId, signal).then(setLoaded, (caught: unknown) => {
        if (!signal?.aborted) setLoadError(caught);
      });
    },
    [slug, systemId],
  );

  useEffect(() => {
    const controller = new AbortController();
    setLoaded(null);
    setEditing(false);
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  function reloadAfterConflict() {
    // Drop the stale copy at once, so nobody can start another edit against the old ETag.
    setLoaded(null);
    setEditing(false);
    setSaveError(null);
    setNotice(null);
    load();
  }

  async function save(input: AiSystemInput) {
    if (!loaded) return;
    const changes = diffAiSystemInput(toInput(loaded.system), input);
    if (Object.keys(changes).length === 0) {
      setEditing(false);
      setNotice({ kind: 'no-changes' });
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      setLoaded(await updateAiSystem(slug, systemId, loaded.etag, changes));
      setEditing(false);
      setNotice({ kind: 'saved' });
    } catch (caught) {
      setSaveError(caught);
    } finally {
      setSaving(false);
    }
  }

  if (loadError) {
    if (isApiError(loadError) && loadError.status === 404) {
      return (
        <div className="page">
          <MessageView>
            <p>{t('detail.notFound')}</p>
            <AppLink to={buildInventoryPath(slug)} className="button button-secondary">
              {t('detail.backToInventory')}
            </AppLink>
          </MessageView>
        </div>
      );
    }
    return (
      <div className="page">
        <ProblemBanner
          error={loadError}
          action={
            <button type="button" className="button button-small" onClick={() => load()}>
              {t('common.retry')}
            </button>
          }
        />
      </div>
    );
  }
  if (!loaded) return <LoadingView />;

  const { system } = loaded;
  // A copy, because asSubject tags the object in place and `system` is React state; authz types ownerId as
  // non-null, and an unowned system matches no "ownerId = me" rule either way.
  const canEdit = ability.can('update', asSubject('AiSystem', { ...system, ownerId: system.ownerId ?? undefined }));
  const conflict = isApiError(saveError) && saveError.status === 412;

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label="breadcrumb">
        <AppLink to={buildInventoryPath(slug)}>{t('detail.breadcrumb')}</AppLink>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{system.name}</span>
      </nav>
      <div className="page-header">
        <div>
          <h1 className="page-title" data-testid="system-name-heading">
            {system.name}
          </h1>
          <div className="page-meta">
            <LifecycleBadge state={system.lifecycleState} testId="system-state-badge" />
            <RiskTierBadge tier={system.riskTier} />
            <span className="muted">
              {t('detail.version')} {system.version}
            </span>
          </div>
        </div>
        {canEdit && !editing && (
          <button
            type="button"
            className="button button-secondary"
            data-testid="edit-system"
            onClick={() => {
              setNotice(null);
              setSaveError(null);
              setEditing(true);
            }}
          >
            <svg className="button-icon" viewBox="0 0 20 20" aria-hidden="true">
              <path d="M13.5 3.5l3 3L7 16H4v-3l9.5-9.5Z" />
            </svg>
            {t('detail.edit')}
          </button>
        )}
      </div>

      {notice && (
        <div className="banner banner-success" role="status">
          <span className="banner-text">{notice.kind === 'saved' ? t('detail.saved') : t('detail.noChanges')}</span>
        </div>
      )}
      {conflict && (
        <ProblemBanner
          error={saveError}
          message={t('detail.conflict')}
          testId="conflict-banner"
          reveal
          action={
            <button type="button" className="button button-small" onClick={reloadAfterConflict}>
              {t('common.reload')}
            </button>
          }
        />
      )}
      {Boolean(saveError) && !conflict && !hasFieldErrors(saveError) && <ProblemBanner error={saveError} reveal />}

      {editing ? (
        <div className="card card-padded">
          <h2 className="section-title">{t('form.editTitle')}</h2>
          <AiSystemForm
            initial={toInput(system)}
            submitLabel={t('common.save')}
            submittingLabel={t('common.saving')}
            submitting={saving}
            serverErrors={isApiError(saveError) ? saveError.problem.errors : undefined}
            serverSummary={resolveProblemText(saveError, t)}
            onSubmit={(input) => void save(input)}
            onCancel={() => {
              setEditing(false);
              setSaveError(null);
            }}
          />
        </div>
      ) : (
        <>
          <SystemGovernance system={system} canEdit={canEdit} onSystemChanged={() => load()} />
          <SystemDetails system={system} selfId={user.id} />
        </>
      )}
    </div>
  );
}

function SystemDetails({ system, selfId }: { system: AiSystem; selfId: string }) {
  const { t } = useTranslation();
  return (
    <div className="detail-grid">
      <section className="card card-padded detail-main">
        <h2 className="section-title">{t('detail.overview')}</h2>
        <dl className="field-list">
          <DetailItem label={t('detail.purpose')} wide>
            <p className="prose">{system.purpose}</p>
          </DetailItem>
          <DetailItem label={t('detail.roles')}>
            <span className="role-chips">
              {system.roles.map((role) => (
                <span key={role} className="chip chip-role">
                  {t(`role.${role}`)}
                </span>
              ))}
            </span>
          </DetailItem>
          <DetailItem label={t('detail.deploymentRegions')}>
            {system.deploymentRegions.length > 0 ? (
              <span className="role-chips">
                {system.deploymentRegions.map((region) => (
                  <span key={region} className="chip">
                    {region}
                  </span>
                ))}
              </span>
            ) : (
              t('common.none')
            )}
          </DetailItem>
          <DetailItem label={t('detail.vendor')}>{system.vendor ?? t('common.none')}</DetailItem>
          <DetailItem label={t('detail.modelName')}>{system.modelName ?? t('common.none')}</DetailItem>
          <DetailItem label={t('detail.businessUnit')}>
            <ReferenceLabel id={system.businessUnitId} />
          </DetailItem>
          <DetailItem label={t('detail.owner')}>
            <ReferenceLabel id={system.ownerId} selfId={selfId} />
          </DetailItem>
        </dl>
      </section>

      <section className="card card-padded detail-profile">
        <h2 className="section-title">{t('detail.profile')}</h2>
        <p className="muted small">{t('detail.profileHint')}</p>
        <ul className="flag-list">
          <li className="flag-item">
            <span>{t('profile.sector')}</span>
            <strong>{t(`sector.${system.profile.sector}`)}</strong>
          </li>
          <li className="flag-item" data-testid="profile-prohibited-practice">
            <span>{t('profile.prohibitedPractice')}</span>
            <strong className={system.profile.prohibitedPractice === 'none' ? undefined : 'text-danger'}>
              {t(`prohibitedPractice.${system.profile.prohibitedPractice}`)}
            </strong>
          </li>
          {PROFILE_FLAGS.map((flag) => (
            <li key={flag} className="flag-item">
              <span>{t(`profile.${flag}`)}</span>
              <span className={system.profile[flag] ? 'flag flag-on' : 'flag flag-off'}>
                {system.profile[flag] ? t('common.yes') : t('common.no')}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="card card-padded detail-record">
        <h2 className="section-title">{t('detail.record')}</h2>
        <dl className="field-list field-list-three">
          <DetailItem label={t('detail.lifecycle')}>
            <LifecycleBadge state={system.lifecycleState} />
          </DetailItem>
          <DetailItem label={t('detail.riskTier')}>
            <RiskTierBadge tier={system.riskTier} />
          </DetailItem>
          <DetailItem label={t('detail.version')}>{system.version}</DetailItem>
          <DetailItem label={t('detail.createdAt')}>{formatDateTime(system.createdAt)}</DetailItem>
          <DetailItem label={t('detail.updatedAt')}>{formatDateTime(system.updatedAt)}</DetailItem>
          <DetailItem label={t('detail.id')}>
            <code className="reference">{system.id}</code>
          </DetailItem>
        </dl>
      </section>
    </div>
  );
}

function DetailItem({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'field-list-item wide' : 'field-list-item'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function hasFieldErrors(error: unknown): boolean {
  return isApiError(error) && (error.problem.errors?.length ?? 0) > 0;
}

function toInput(system: AiSystem): AiSystemInput {
  return {
    name: system.name,
    purpose: system.purpose,
    vendor: system.vendor,
    modelName: system.modelName,
    deploymentRegions: system.deploymentRegions,
    roles: system.roles,
    profile: system.profile,
  };
}
