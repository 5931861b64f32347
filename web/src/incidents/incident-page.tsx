import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery, useApiQuery, useFreshQuery } from '../api/api-query.js';
import { readFieldProblems } from '../api/field-problems.js';
import { AppLink } from '../routing/app-link.js';
import { buildIncidentBoardPath, buildIncidentReportPath } from '../routing/router.js';
import { ProblemBanner, resolveProblemText } from '../shell/problem-banner.js';
import { frameAsPage, QueryStatus } from '../shell/query-status.js';
import { MessageView } from '../shell/status-views.js';
import { useTenant } from '../shell/tenant-context.js';
import { ClockFiling } from './clock-filing.js';
import { CorrectiveActionsCard } from './corrective-actions-card.js';
import { IncidentStatusBadge, SeverityBadge } from './incident-badges.js';
import { IncidentFactsCard } from './incident-facts-card.js';
import { IncidentForm } from './incident-form.js';
import { diffFacts, factsOf, type IncidentFacts } from './incident-form-values.js';
import { IncidentStatusActions } from './incident-status-actions.js';
import { IncidentTimeline } from './incident-timeline.js';
import { RegulatoryClocksCard } from './regulatory-clocks-card.js';
import { ReportabilityCard } from './reportability-card.js';
import { useIncidentUpdate } from './use-incident-update.js';
import { useNow } from './use-now.js';
import { useSystemOptions } from './use-system-names.js';

export function IncidentPage({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const { slug, ability, user } = useTenant();
  const query = useFreshQuery(apiQuery('getIncident', { params: { tenant: slug, id: incidentId } }));
  const systems = useSystemOptions(slug);
  const filings = useApiQuery('listIncidentFilings', { params: { tenant: slug, id: incidentId } });
  const now = useNow();
  // The facts and ETag an edit started from: a refetch meanwhile must not move the If-Match under the form.
  const [editing, setEditing] = useState<{ facts: IncidentFacts; etag: string | null } | null>(null);
  const update = useIncidentUpdate(slug, incidentId, editing?.etag ?? query.data?.etag ?? null);

  if (!query.data) {
    return (
      <QueryStatus
        queries={[query]}
        frame={frameAsPage}
        notFound={
          <MessageView>
            <p>{t('incidents.page.notFound')}</p>
            <AppLink to={buildIncidentBoardPath(slug)} className="button button-secondary">
              {t('incidents.backToBoard')}
            </AppLink>
          </MessageView>
        }
      />
    );
  }

  const incident = query.data.data;
  const canEdit = ability.can('update', 'Incident');
  const fieldProblems = readFieldProblems(update.error);

  async function saveFacts(next: IncidentFacts) {
    if (!editing) return;
    const changes = diffFacts(editing.facts, next);
    if (Object.keys(changes).length === 0 || (await update.patch(changes))) setEditing(null);
  }

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label="breadcrumb">
        <AppLink to={buildIncidentBoardPath(slug)}>{t('incidents.board.title')}</AppLink>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{incident.title}</span>
      </nav>
      <div className="page-header">
        <div>
          <h1 className="page-title" data-testid="incident-title">
            {incident.title}
          </h1>
          <div className="page-meta">
            <SeverityBadge severity={incident.severity} />
            <IncidentStatusBadge status={incident.status} testId="incident-status" />
          </div>
        </div>
        <AppLink
          to={buildIncidentReportPath(slug, incident.id)}
          className="button button-secondary"
          data-testid="report-draft-link"
        >
          {t('incidents.page.reportDraft')}
        </AppLink>
      </div>

      {update.conflict && (
        <ProblemBanner
          error={update.error}
          message={t('incidents.page.conflict')}
          testId="conflict-banner"
          reveal
          action={
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setEditing(null);
                update.reload();
              }}
            >
              {t('common.reload')}
            </button>
          }
        />
      )}
      {update.error && !update.conflict && !(editing && fieldProblems) && (
        <ProblemBanner error={update.error} testId="incident-error" reveal />
      )}

      <div className="incident-layout">
        <div className="incident-main">
          {editing ? (
            <div className="card card-padded">
              <h2 className="section-title">{t('incidents.page.editFacts')}</h2>
              <IncidentForm
                initial={editing.facts}
                submitLabel={t('common.save')}
                submitting={update.pending}
                serverErrors={fieldProblems}
                serverSummary={resolveProblemText(update.error, t)}
                onSubmit={(facts) => void saveFacts(facts)}
                onCancel={() => {
                  setEditing(null);
                  update.reset();
                }}
              />
            </div>
          ) : (
            <IncidentFactsCard
              incident={incident}
              tenant={slug}
              names={systems.names}
              onEdit={
                canEdit
                  ? () => {
                      update.reset();
                      setEditing({ facts: factsOf(incident), etag: query.data?.etag ?? null });
                    }
                  : null
              }
            />
          )}
          <RegulatoryClocksCard
            clocks={incident.regulatoryClocks}
            now={now}
            renderFiling={(clock) => (
              <ClockFiling
                tenant={slug}
                incidentId={incident.id}
                clock={clock}
                filings={filings.data?.items ?? []}
                canFile={canEdit}
              />
            )}
          />
          <IncidentTimeline timeline={incident.timeline} selfId={user.id} />
        </div>
        <div className="incident-side">
          <ReportabilityCard incident={incident} />
          {canEdit && <IncidentStatusActions incident={incident} pending={update.pending} onPatch={update.patch} />}
          <CorrectiveActionsCard
            incident={incident}
            canEdit={canEdit}
            pending={update.pending}
            onPatch={update.patch}
          />
        </div>
      </div>
    </div>
  );
}
