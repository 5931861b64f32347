import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../auth/session-cache.js';
import { useTenantAbility } from '../authz/tenant-access.js';
import { AppLink } from '../routing/app-link.js';
import { buildIncidentBoardPath, buildInventoryPath, buildSignOffInboxPath } from '../routing/router.js';
import { LanguageSwitcher } from './language-switcher.js';
import { NotificationBell } from './notification-bell.js';
import { TenantSwitcher } from './tenant-switcher.js';
import { useInboxSummary } from './use-inbox-summary.js';
import { UserMenu } from './user-menu.js';

export type HeaderSection = 'ai-systems' | 'signoffs' | 'incidents' | null;

interface AppHeaderProps {
  session: SessionInfo | null;
  tenantSlug: string | null;
  section: HeaderSection;
  onLogout: () => void;
}

export function AppHeader({ session, tenantSlug, section, onLogout }: AppHeaderProps) {
  const { t } = useTranslation();
  const membership = session?.tenants.find((tenant) => tenant.slug === tenantSlug) ?? null;
  const homePath = tenantSlug ? buildInventoryPath(tenantSlug) : '/';
  const inbox = useInboxSummary(session ? tenantSlug : null);
  const pending = inbox.pendingSignOffs ?? 0;
  // Whoever may decide some sign-off (the tier rules are CASL's, from /me) gets the inbox; others only once it fills.
  const ability = useTenantAbility(session ? tenantSlug : null);
  const showInbox = Boolean(ability?.can('decide', 'SignOff')) || pending > 0;
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <AppLink to={homePath} className="brand">
          <BrandMark />
          <span className="brand-name">{t('app.productName')}</span>
        </AppLink>
        {session && tenantSlug && (
          <nav className="primary-nav" aria-label={t('header.mainNavigation')}>
            <AppLink
              to={buildInventoryPath(tenantSlug)}
              className="primary-nav-link"
              aria-current={section === 'ai-systems' ? 'page' : undefined}
            >
              {t('nav.aiSystems')}
            </AppLink>
            {ability?.can('read', 'Incident') && (
              <AppLink
                to={buildIncidentBoardPath(tenantSlug)}
                className="primary-nav-link"
                aria-current={section === 'incidents' ? 'page' : undefined}
                data-testid="nav-incidents"
              >
                {t('nav.incidents')}
              </AppLink>
            )}
            {showInbox && (
              <AppLink
                to={buildSignOffInboxPath(tenantSlug)}
                className="primary-nav-link"
                aria-current={section === 'signoffs' ? 'page' : undefined}
                data-testid="nav-signoffs"
              >
                {t('nav.signOffs')}
                {pending > 0 && (
                  <span
                    className="count-badge count-badge-inline"
                    data-testid="nav-signoffs-count"
                    aria-label={t('nav.pendingCount', { count: pending })}
                  >
                    {pending}
                  </span>
                )}
              </AppLink>
            )}
          </nav>
        )}
        <div className="header-tools">
          {session && <TenantSwitcher tenants={session.tenants} currentSlug={tenantSlug} />}
          {session && tenantSlug && <NotificationBell tenantSlug={tenantSlug} notifications={inbox.notifications} />}
          <LanguageSwitcher />
          {session && <UserMenu user={session.user} roles={membership?.roles ?? null} onLogout={onLogout} />}
        </div>
      </div>
    </header>
  );
}

export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#1f3a5f" />
      <path
        d="M9 16a5 5 0 0 1 5-5h2M23 16a5 5 0 0 1-5 5h-2"
        fill="none"
        stroke="#fff"
        strokeWidth="2.6"
        strokeLinecap="round"
      />
      <circle cx="16" cy="16" r="2.2" fill="#7fb2e5" />
    </svg>
  );
}
