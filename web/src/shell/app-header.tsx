import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../auth/auth-api.js';
import { AppLink } from '../routing/app-link.js';
import { buildInventoryPath } from '../routing/router.js';
import { LanguageSwitcher } from './language-switcher.js';
import { TenantSwitcher } from './tenant-switcher.js';
import { UserMenu } from './user-menu.js';

interface AppHeaderProps {
  session: SessionInfo | null;
  tenantSlug: string | null;
  onLogout: () => void;
}

export function AppHeader({ session, tenantSlug, onLogout }: AppHeaderProps) {
  const { t } = useTranslation();
  const membership = session?.tenants.find((tenant) => tenant.slug === tenantSlug) ?? null;
  const homePath = tenantSlug ? buildInventoryPath(tenantSlug) : '/';
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <AppLink to={homePath} className="brand">
          <BrandMark />
          <span className="brand-name">{t('app.productName')}</span>
        </AppLink>
        {session && tenantSlug && (
          <nav className="primary-nav" aria-label={t('header.mainNavigation')}>
            <AppLink to={buildInventoryPath(tenantSlug)} className="primary-nav-link" aria-current="page">
              {t('nav.aiSystems')}
            </AppLink>
          </nav>
        )}
        <div className="header-tools">
          {session && <TenantSwitcher tenants={session.tenants} currentSlug={tenantSlug} />}
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
