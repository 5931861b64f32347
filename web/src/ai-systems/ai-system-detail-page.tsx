import { asSubject } from '@kizuna/authz';
import { KizunaApiError } from '@kizuna/client/session';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/api-mutation.js';
import { apiQuery, buildQueryKey, useFreshQuery } from '../api/api-query.js';
import { readFieldProblems } from '../api/field-problems.js';
import { AppLink } from '../routing/app-link.js';
import { buildInventoryPath } from '../routing/router.js';
import { ProblemBanner, resolveProblemText } from '../shell/problem-banner.js';
import { frameAsPage, QueryStatus } from '../shell/query-status.js';
import { MessageView } from '../shell/status-views.js';
import { useTenant } from '../shell/tenant-context.js';
import { SystemGovernance } from '../governance/system-governance.js';
import { toAiSystemInput, type AiSystem, type AiSystemInput } from './ai-system.js';
import { AiSystemForm, diffAiSystemInput } from './ai-system-form.js';
import { LifecycleBadge, RiskTierBadge } from './system-badges.js';
import { SystemDetails } from './system-details.js';

type Notice = { kind: 'saved' } | { kind: 'no-changes' } | null;

/** The version an edit started from: a refetch meanwhile must not move the If-Match from under the form. */
interface EditBase {
  system: AiSystem;
  etag: string | null;
}

export function AiSystemDetailPage({ systemId }: { systemId: string }) {
  const { t } = useTranslation();
  const { slug, ability, user } = useTenant();
  const queryClient = useQueryClient();
  const params = { tenant: slug, id: systemId };
  const query = useFreshQuery(apiQuery('getAiSystem', { params }));
  const update = useApiMutation('updateAiSystem');
  const [editing, setEditing] = useState<EditBase | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const saveError = update.error;

  function reloadAfterConflict() {
    // Drop the stale copy at once, so nobody can start another edit against the old ETag.
    setEditing(null);
    update.reset();
    setNotice(null);
    void queryClient.resetQueries({ queryKey: buildQueryKey('getAiSystem', { params }) });
  }

  async function save(input: AiSystemInput) {
    if (!editing) return;
    const changes = diffAiSystemInput(toAiSystemInput(editing.system), input);
    if (Object.keys(changes).length === 0) {
      setEditing(null);
      setNotice({ kind: 'no-changes' });
      return;
    }
    try {
      await update.mutateAsync({ params, body: changes, ...(editing.etag ? { ifMatch: editing.etag } : {}) });
      setEditing(null);
      setNotice({ kind: 'saved' });
    } catch {
      // Shown from update.error: a conflict banner, field errors in the form, or the problem's text.
    }
  }

  if (!query.data) {
    return (
      <QueryStatus
        queries={[query]}
        frame={frameAsPage}
        notFound={
          <MessageView>
            <p>{t('detail.notFound')}</p>
            <AppLink to={buildInventoryPath(slug)} className="button button-secondary">
              {t('detail.backToInventory')}
            </AppLink>
          </MessageView>
        }
      />
    );
  }

  const { data: system, etag } = query.data;
  // A copy, because asSubject tags the object in place and `system` is cached data; authz types ownerId as
  // non-null, and an unowned system matches no "ownerId = me" rule either way.
  const canEdit = ability.can('update', asSubject('AiSystem', { ...system, ownerId: system.ownerId ?? undefined }));
  const conflict = saveError instanceof KizunaApiError && saveError.status === 412;
  const fieldProblems = readFieldProblems(saveError);

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
              update.reset();
              setEditing({ system, etag });
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
      {saveError && !conflict && !fieldProblems && <ProblemBanner error={saveError} reveal />}

      {editing ? (
        <div className="card card-padded">
          <h2 className="section-title">{t('form.editTitle')}</h2>
          <AiSystemForm
            initial={toAiSystemInput(editing.system)}
            submitLabel={t('common.save')}
            submittingLabel={t('common.saving')}
            submitting={update.isPending}
            serverErrors={fieldProblems}
            serverSummary={resolveProblemText(saveError, t)}
            onSubmit={(input) => void save(input)}
            onCancel={() => {
              setEditing(null);
              update.reset();
            }}
          />
        </div>
      ) : (
        <>
          <SystemGovernance system={system} canEdit={canEdit} />
          <SystemDetails system={system} selfId={user.id} />
        </>
      )}
    </div>
  );
}
