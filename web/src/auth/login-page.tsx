import { KizunaApiError } from '@kizuna/client/session';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/api-mutation.js';
import { resolveProblemText } from '../shell/problem-banner.js';
import type { SessionInfo } from './session-cache.js';

interface LoginPageProps {
  onLoggedIn: (session: SessionInfo) => void;
  sessionExpired: boolean;
}

export function LoginPage({ onLoggedIn, sessionExpired }: LoginPageProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useApiMutation('login');
  // Stays busy after success too, until the signed-in screen replaces this one.
  const submitting = login.isPending || login.isSuccess;
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nextMissing = { email: email.trim() === '', password: password === '' };
    setMissing(nextMissing);
    if (nextMissing.email || nextMissing.password) return;
    setError(null);
    try {
      onLoggedIn((await login.mutateAsync({ body: { email: email.trim(), password } })).data);
    } catch (caught) {
      setError(describeLoginError(caught));
      setPassword('');
    }
  }

  // Our own wording for the two expected failures reads naturally in both languages; anything else shows detail.
  function describeLoginError(caught: unknown): string {
    if (caught instanceof KizunaApiError && caught.status === 401) return t('login.invalidCredentials');
    if (caught instanceof KizunaApiError && caught.status === 429) return t('login.rateLimited');
    return resolveProblemText(caught, t);
  }

  return (
    <main className="login-layout">
      <section className="login-intro" aria-hidden="true">
        <p className="login-tagline">{t('app.tagline')}</p>
        <ul className="login-features">
          <li>{t('login.features.inventory')}</li>
          <li>{t('login.features.assessment')}</li>
          <li>{t('login.features.signoff')}</li>
        </ul>
      </section>
      <section className="login-panel">
        <form className="login-card" onSubmit={(event) => void handleSubmit(event)} noValidate>
          <h1>{t('login.title')}</h1>
          <p className="muted">{t('login.subtitle')}</p>
          {sessionExpired && !error && <div className="banner banner-info">{t('login.sessionExpired')}</div>}
          {error && (
            <div className="banner banner-error" role="alert" data-testid="login-error">
              <span className="banner-text">{error}</span>
            </div>
          )}
          <div className="field">
            <label htmlFor="login-email">{t('login.email')}</label>
            <input
              id="login-email"
              data-testid="login-email"
              type="email"
              autoComplete="username"
              inputMode="email"
              value={email}
              aria-invalid={missing.email || undefined}
              onChange={(event) => setEmail(event.target.value)}
              autoFocus
            />
            {missing.email && <p className="field-error">{t('login.emailRequired')}</p>}
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('login.password')}</label>
            <input
              id="login-password"
              data-testid="login-password"
              type="password"
              autoComplete="current-password"
              value={password}
              aria-invalid={missing.password || undefined}
              onChange={(event) => setPassword(event.target.value)}
            />
            {missing.password && <p className="field-error">{t('login.passwordRequired')}</p>}
          </div>
          <button
            type="submit"
            className="button button-primary button-block"
            data-testid="login-submit"
            disabled={submitting}
          >
            {submitting ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </section>
    </main>
  );
}
