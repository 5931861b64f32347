import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from './api/api-mutation.js';
import { subscribeSessionExpired } from './api/api-client.js';
import { AiSystemDetailPage } from './ai-systems/ai-system-detail-page.js';
import { CreateAiSystemPage } from './ai-systems/create-ai-system-page.js';
import { InventoryPage } from './ai-systems/inventory-page.js';
import { hasCachedSession, replaceCachedSession, useSessionQuery, type SessionInfo } from './auth/session-cache.js';
import { AssessmentPage } from './assessments/assessment-page.js';
import { CreateIncidentPage } from './incidents/create-incident-page.js';
import { IncidentBoardPage } from './incidents/incident-board-page.js';
import { IncidentPage } from './incidents/incident-page.js';
import { IncidentReportDraftPage } from './incidents/report-draft-page.js';
import { SignOffDecisionPage } from './signoffs/signoff-decision-page.js';
import { SignOffInboxPage } from './signoffs/signoff-inbox-page.js';
import { LoginPage } from './auth/login-page.js';
import { FeedbackPage } from './feedback/feedback-page.js';
import { buildInventoryPath, matchRoute, navigate, usePathname, type Route } from './routing/router.js';
import { AppHeader, type HeaderSection } from './shell/app-header.js';
import { choosePreferredTenant, rememberTenant } from './shell/preferred-tenant.js';
import { frameAsPage, QueryStatus } from './shell/query-status.js';
import { LoadingView, MessageView, NoTenantAccessView } from './shell/status-views.js';
import { TenantShell } from './shell/tenant-shell.js';

export function App() {
  const { t } = useTranslation();
  const pathname = usePathname();
  const route = matchRoute(pathname);
  const queryClient = useQueryClient();
  const sessionQuery = useSessionQuery();
  const logout = useApiMutation('logout');
  // Set when the API ended a session mid-use, so the login screen can say why it is back.
  const [expired, setExpired] = useState(false);

  useEffect(
    () =>
      subscribeSessionExpired(() => {
        if (!hasCachedSession(queryClient)) return;
        setExpired(true);
        replaceCachedSession(queryClient, null);
      }),
    [queryClient],
  );

  const session = sessionQuery.data ?? null;
  const tenantSlug = 'tenant' in route ? route.tenant : null;

  // Paths that are not a page of their own (/, /login, /t/x) land on the preferred tenant's inventory.
  useEffect(() => {
    if (!session) return;
    const current = matchRoute(pathname);
    if (current.name === 'home' || current.name === 'login') {
      const preferred = choosePreferredTenant(session.tenants);
      if (preferred) navigate(buildInventoryPath(preferred.slug), { replace: true });
    } else if (current.name === 'tenant-home') {
      navigate(buildInventoryPath(current.tenant), { replace: true });
    }
  }, [session, pathname]);

  useEffect(() => {
    if (session && tenantSlug && session.tenants.some((tenant) => tenant.slug === tenantSlug)) {
      rememberTenant(tenantSlug);
    }
  }, [session, tenantSlug]);

  useEffect(() => {
    document.title = t('app.productName');
  }, [t]);

  async function handleLogout() {
    try {
      await logout.mutateAsync({});
    } catch {
      // Even if the server call fails, leave the signed-in UI; the session cookie will expire on its own.
    }
    setExpired(false);
    replaceCachedSession(queryClient, null);
    navigate('/login', { replace: true });
  }

  function handleLoggedIn(next: SessionInfo) {
    setExpired(false);
    replaceCachedSession(queryClient, next);
    // Stay on a deep link the person was sent to (e.g. /t/acme/ai-systems/123); otherwise the effect above routes.
    if (!(tenantSlug && next.tenants.some((tenant) => tenant.slug === tenantSlug))) {
      const preferred = choosePreferredTenant(next.tenants);
      navigate(preferred ? buildInventoryPath(preferred.slug) : '/', { replace: true });
    }
  }

  // Public: shown with or without a session, never the login screen.
  if (route.name === 'public-feedback') {
    return (
      <div className="app">
        <FeedbackPage key={route.slug} slug={route.slug} />
      </div>
    );
  }

  return (
    <div className="app">
      <AppHeader
        session={session}
        tenantSlug={session?.tenants.some((tenant) => tenant.slug === tenantSlug) ? tenantSlug : null}
        section={readHeaderSection(route)}
        onLogout={() => void handleLogout()}
      />
      {sessionQuery.data === undefined && <QueryStatus queries={[sessionQuery]} frame={frameAsPage} />}
      {sessionQuery.data === null && <LoginPage onLoggedIn={handleLoggedIn} sessionExpired={expired} />}
      {session && <SignedInContent session={session} route={route} />}
    </div>
  );
}

function SignedInContent({ session, route }: { session: SessionInfo; route: Route }) {
  const { t } = useTranslation();
  if (session.tenants.length === 0) {
    return (
      <main className="page">
        <MessageView>
          <p>{t('tenants.noTenants')}</p>
        </MessageView>
      </main>
    );
  }
  if (route.name === 'not-found') {
    return (
      <main className="page">
        <MessageView title={t('errors.notFoundTitle')}>
          <p>{t('errors.notFound')}</p>
        </MessageView>
      </main>
    );
  }
  if (!('tenant' in route) || route.name === 'tenant-home') return <LoadingView />;
  if (!session.tenants.some((tenant) => tenant.slug === route.tenant)) {
    const preferred = choosePreferredTenant(session.tenants);
    return (
      <main className="page">
        <NoTenantAccessView fallbackPath={preferred ? buildInventoryPath(preferred.slug) : null} />
      </main>
    );
  }
  return (
    <main>
      {/* Keyed by tenant so switching tenants never shows the previous tenant's data or permissions. */}
      <TenantShell key={route.tenant} slug={route.tenant}>
        {route.name === 'inventory' && <InventoryPage />}
        {route.name === 'create-system' && <CreateAiSystemPage />}
        {route.name === 'system-detail' && <AiSystemDetailPage key={route.systemId} systemId={route.systemId} />}
        {route.name === 'assessment' && (
          <AssessmentPage
            key={`${route.systemId}/${route.assessmentId}`}
            systemId={route.systemId}
            assessmentId={route.assessmentId}
          />
        )}
        {route.name === 'signoff-inbox' && <SignOffInboxPage />}
        {route.name === 'signoff-decision' && (
          <SignOffDecisionPage
            key={`${route.systemId}/${route.assessmentId}`}
            systemId={route.systemId}
            assessmentId={route.assessmentId}
          />
        )}
        {route.name === 'incident-board' && <IncidentBoardPage />}
        {route.name === 'create-incident' && <CreateIncidentPage />}
        {route.name === 'incident-detail' && <IncidentPage key={route.incidentId} incidentId={route.incidentId} />}
        {route.name === 'incident-report' && (
          <IncidentReportDraftPage key={route.incidentId} incidentId={route.incidentId} />
        )}
      </TenantShell>
    </main>
  );
}

function readHeaderSection(route: Route): HeaderSection {
  switch (route.name) {
    case 'inventory':
    case 'create-system':
    case 'system-detail':
    case 'assessment':
      return 'ai-systems';
    case 'signoff-inbox':
    case 'signoff-decision':
      return 'signoffs';
    case 'incident-board':
    case 'create-incident':
    case 'incident-detail':
    case 'incident-report':
      return 'incidents';
    default:
      return null;
  }
}
