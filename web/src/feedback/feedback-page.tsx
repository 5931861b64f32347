import { KizunaApiError } from '@kizuna/client/session';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/api-mutation.js';
import { useApiQuery } from '../api/api-query.js';
import { findFieldProblem, readFieldProblems } from '../api/field-problems.js';
import { readCurrentLanguage } from '../i18n/setup-i18n.js';
import { LanguageSwitcher } from '../shell/language-switcher.js';
import { frameAsPage, QueryStatus } from '../shell/query-status.js';
import { MessageView } from '../shell/status-views.js';

const CATEGORIES = ['wrong_output', 'unfair_treatment', 'privacy', 'safety', 'other'] as const;

// The public feedback page: no login. Everything from the server is rendered as text nodes, never as HTML.
export function FeedbackPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const channel = useApiQuery('getPublicFeedbackChannel', { params: { tenantSlug: slug } });
  const submit = useApiMutation('submitFeedback');
  const [systemId, setSystemId] = useState('');
  const [message, setMessage] = useState('');
  const [contact, setContact] = useState('');
  const [category, setCategory] = useState('');
  const [website, setWebsite] = useState('');
  const [reference, setReference] = useState<string | null>(null);
  const language = readCurrentLanguage() === 'ja' ? 'ja' : 'en';
  const problems = readFieldProblems(submit.error);
  const otherError = submit.error && !problems ? submit.error : null;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await submit
      .mutateAsync({
        params: { tenantSlug: slug },
        body: {
          systemId: systemId || null,
          message,
          language,
          ...(contact && { contact }),
          ...(category && { category: category as (typeof CATEGORIES)[number] }),
          ...(website && { website }),
        },
      })
      .catch(() => null);
    if (result) setReference(result.data.reference);
  }

  const header = (
    <header className="feedback-header">
      <LanguageSwitcher />
    </header>
  );
  if (!channel.data) {
    return (
      <main className="page">
        {header}
        <QueryStatus
          queries={[channel]}
          frame={frameAsPage}
          notFound={
            <MessageView title={t('feedback.notFoundTitle')}>
              <p>{t('feedback.notFound')}</p>
            </MessageView>
          }
        />
      </main>
    );
  }
  const data = channel.data;
  const intro = data.intro[language] || data.intro[language === 'ja' ? 'en' : 'ja'];
  if (reference) {
    return (
      <main className="page" data-testid="feedback-page">
        {header}
        <MessageView title={t('feedback.thanksTitle')}>
          <p>{t('feedback.thanks')}</p>
          <p>
            {t('feedback.referenceLabel')} <strong data-testid="feedback-reference">{reference}</strong>
          </p>
        </MessageView>
      </main>
    );
  }
  const fieldError = (field: string) => {
    const problem = findFieldProblem(problems, field);
    return problem ? <p className="field-error">{problem}</p> : null;
  };
  return (
    <main className="page" data-testid="feedback-page">
      {header}
      <h1>{t('feedback.title', { tenant: data.tenantName })}</h1>
      {intro && <p className="feedback-intro">{intro}</p>}
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        {otherError && (
          <div className="banner banner-error" role="alert">
            <span className="banner-text">
              {otherError instanceof KizunaApiError && otherError.status === 429
                ? t('feedback.tooMany')
                : t('feedback.failed')}
            </span>
          </div>
        )}
        <div className="field">
          <label htmlFor="feedback-system">{t('feedback.system')}</label>
          <select
            id="feedback-system"
            data-testid="feedback-system"
            value={systemId}
            onChange={(event) => setSystemId(event.target.value)}
          >
            <option value="">{t('feedback.systemUnknown')}</option>
            {data.systems.map((system) => (
              <option key={system.id} value={system.id}>
                {system.name}
              </option>
            ))}
          </select>
          {fieldError('systemId')}
        </div>
        <div className="field">
          <label htmlFor="feedback-category">{t('feedback.category')}</label>
          <select id="feedback-category" value={category} onChange={(event) => setCategory(event.target.value)}>
            <option value="">{t('feedback.categoryNone')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`feedback.categories.${c}`)}
              </option>
            ))}
          </select>
          {fieldError('category')}
        </div>
        <div className="field">
          <label htmlFor="feedback-message">{t('feedback.message')}</label>
          <textarea
            id="feedback-message"
            data-testid="feedback-message"
            rows={8}
            maxLength={4000}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
          <p className="muted">{t('feedback.messageHint')}</p>
          {fieldError('message')}
        </div>
        <div className="field">
          <label htmlFor="feedback-contact">{t('feedback.contact')}</label>
          <input
            id="feedback-contact"
            type="email"
            autoComplete="email"
            maxLength={254}
            value={contact}
            onChange={(event) => setContact(event.target.value)}
          />
          <p className="muted">{t('feedback.contactHint')}</p>
          {fieldError('contact')}
        </div>
        {/* Hidden from people (and from assistive technology); scripts that fill in every field reveal themselves. */}
        <div className="visually-hidden" aria-hidden="true">
          <label htmlFor="feedback-website">Website</label>
          <input
            id="feedback-website"
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(event) => setWebsite(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="button button-primary"
          data-testid="feedback-submit"
          disabled={submit.isPending}
        >
          {t('feedback.submit')}
        </button>
      </form>
    </main>
  );
}
