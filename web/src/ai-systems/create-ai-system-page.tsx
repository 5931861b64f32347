import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/api-mutation.js';
import { readFieldProblems } from '../api/field-problems.js';
import { AppLink } from '../routing/app-link.js';
import { buildInventoryPath, buildSystemPath, navigate } from '../routing/router.js';
import { ProblemBanner, resolveProblemText } from '../shell/problem-banner.js';
import { MessageView } from '../shell/status-views.js';
import { useTenant } from '../shell/tenant-context.js';
import { createEmptyProfile, type AiSystemInput } from './ai-system.js';
import { AiSystemForm } from './ai-system-form.js';

export function CreateAiSystemPage() {
  const { t } = useTranslation();
  const { slug, ability } = useTenant();
  const create = useApiMutation('createAiSystem', {
    onSuccess: ({ data }) => navigate(buildSystemPath(slug, data.id), { replace: true }),
  });
  // Stays busy after success too, while the new system's page takes over.
  const submitting = create.isPending || create.isSuccess;
  const error = create.error;
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

  function submit(input: AiSystemInput) {
    const body = JSON.stringify(input);
    if (attempt.current?.body !== body) attempt.current = { body, key: crypto.randomUUID() };
    create.mutate({ params: { tenant: slug }, body: input, idempotencyKey: attempt.current.key });
  }

  const fieldErrors = readFieldProblems(error);
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
      {error && !fieldErrors && <ProblemBanner error={error} reveal />}
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
          onSubmit={submit}
          onCancel={() => navigate(buildInventoryPath(slug))}
        />
      </div>
    </div>
  );
}
