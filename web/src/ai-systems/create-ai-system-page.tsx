import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldProblem } from '../api/problem.js';
import { AppLink } from '../routing/app-link.js';
import { buildInventoryPath, buildSystemPath, navigate } from '../routing/router.js';
import { ProblemBanner, resolveProblemText } from '../shell/problem-banner.js';
import { MessageView } from '../shell/status-views.js';
import { useTenant } from '../shell/tenant-context.js';
import { createEmptyProfile, type AiSystemInput } from './ai-system.js';
import { AiSystemForm } from './ai-system-form.js';
import { createAiSystem } from './ai-systems-api.js';

export function CreateAiSystemPage() {
  const { t } = useTranslation();
  const { slug, ability } = useTenant();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A retry of the same body reuses its key (the server replays the first result instead of creating twice);
  // an edited body gets a new key, since the server rejects a known key with a different body (422).
  const attempt = useRef<{ body: string; key: string } | null>(null);

  if (!ability.can('create', 'AiSystem')) {
    return (
      <div className="page">
        <MessageView>
          <p>{t('errors.noPermissionToCreate')}</p>
          <AppLink to={buildInventoryPath(slug)} className="button button-secondary">
            {t('detail.backToInventory')}
          </AppLink>
        </MessageView>
      </div>
    );
  }

  async function create(input: AiSystemInput) {
    const body = JSON.stringify(input);
    if (attempt.current?.body !== body) attempt.current = { body, key: crypto.randomUUID() };
    setSubmitting(true);
    setError(null);
    try {
      const created = await createAiSystem(slug, input, attempt.current.key);
      navigate(buildSystemPath(slug, created.id), { replace: true });
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }

  const fieldErrors: FieldProblem[] | undefined = isApiError(error) ? error.problem.errors : undefined;
  return (
    <div className="page page-narrow">
      <nav className="breadcrumb" aria-label="breadcrumb">
        <AppLink to={buildInventoryPath(slug)}>{t('detail.breadcrumb')}</AppLink>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{t('form.createTitle')}</span>
      </nav>
      <div className="page-header">
        <div>
          <h1 className="page-title">{t('form.createTitle')}</h1>
          <p className="page-subtitle">{t('form.createSubtitle')}</p>
        </div>
      </div>
      {Boolean(error) && !fieldErrors && <ProblemBanner error={error} reveal />}
      <div className="card card-padded">
        <AiSystemForm
          initial={{
            name: '',
            purpose: '',
            vendor: null,
            modelName: null,
            deploymentRegions: ['JP'],
            roles: ['business_user'],
            profile: createEmptyProfile(),
          }}
          submitLabel={t('form.submitCreate')}
          submittingLabel={t('form.submitting')}
          submitting={submitting}
          serverErrors={fieldErrors}
          serverSummary={resolveProblemText(error, t)}
          onSubmit={(input) => void create(input)}
          onCancel={() => navigate(buildInventoryPath(slug))}
        />
      </div>
    </div>
  );
}
