import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/api-mutation.js';
import { readFieldProblems } from '../api/field-problems.js';
import { AppLink } from '../routing/app-link.js';
import { buildIncidentBoardPath, buildIncidentPath, navigate } from '../routing/router.js';
import { ProblemBanner, resolveProblemText } from '../shell/problem-banner.js';
import { MessageView } from '../shell/status-views.js';
import { useTenant } from '../shell/tenant-context.js';
import { IncidentForm } from './incident-form.js';
import { toCreateBody, type IncidentFacts } from './incident-form-values.js';

export function CreateIncidentPage() {
  const { t } = useTranslation();
  const { slug, ability } = useTenant();
  // Stamped once, when the form opens: "now" for detected and aware unless the person says otherwise.
  const [initial] = useState<IncidentFacts>(() => {
    const now = new Date().toISOString();
    return {
      title: '',
      description: '',
      severity: 'medium',
      categories: [],
      systemIds: [],
      occurredAt: null,
      detectedAt: now,
      awareAt: now,
      personalData: null,
    };
  });
  const create = useApiMutation('createIncident', {
    onSuccess: ({ data }) => navigate(buildIncidentPath(slug, data.id), { replace: true }),
  });
  // The same body retried keeps its key, so the server replays the first answer instead of recording twice.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  if (!ability.can('create', 'Incident')) {
    return (
      <div className="page">
        <MessageView>
          <p>{t('incidents.form.noPermission')}</p>
          <AppLink to={buildIncidentBoardPath(slug)} className="button button-secondary">
            {t('incidents.backToBoard')}
          </AppLink>
        </MessageView>
      </div>
    );
  }

  function submit(facts: IncidentFacts) {
    const body = toCreateBody(facts);
    const text = JSON.stringify(body);
    if (attempt.current?.body !== text) attempt.current = { body: text, key: crypto.randomUUID() };
    create.mutate({ params: { tenant: slug }, body, idempotencyKey: attempt.current.key });
  }

  const fieldErrors = readFieldProblems(create.error);
  return (
    <div className="page page-narrow">
      <nav className="breadcrumb" aria-label="breadcrumb">
        <AppLink to={buildIncidentBoardPath(slug)}>{t('incidents.board.title')}</AppLink>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{t('incidents.form.createTitle')}</span>
      </nav>
      <div className="page-header">
        <div>
          <h1 className="page-title">{t('incidents.form.createTitle')}</h1>
          <p className="page-subtitle">{t('incidents.form.createSubtitle')}</p>
        </div>
      </div>
      {create.error && !fieldErrors && <ProblemBanner error={create.error} reveal />}
      <div className="card card-padded">
        <IncidentForm
          initial={initial}
          submitLabel={t('incidents.form.submitCreate')}
          submitting={create.isPending || create.isSuccess}
          serverErrors={fieldErrors}
          serverSummary={resolveProblemText(create.error, t)}
          onSubmit={submit}
          onCancel={() => navigate(buildIncidentBoardPath(slug))}
        />
      </div>
    </div>
  );
}
