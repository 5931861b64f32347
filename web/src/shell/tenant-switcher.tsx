import { useTranslation } from 'react-i18next';
import type { TenantMembership } from '../auth/session-cache.js';
import { buildInventoryPath, navigate } from '../routing/router.js';
import { rememberTenant } from './preferred-tenant.js';

interface TenantSwitcherProps {
  tenants: TenantMembership[];
  currentSlug: string | null;
}

export function TenantSwitcher({ tenants, currentSlug }: TenantSwitcherProps) {
  const { t } = useTranslation();
  if (tenants.length === 0) return null;
  function switchTenant(slug: string) {
    rememberTenant(slug);
    navigate(buildInventoryPath(slug));
  }
  return (
    <label className="header-select tenant-select">
      <span className="header-select-caption">{t('header.tenant')}</span>
      <select
        data-testid="tenant-switcher"
        value={currentSlug ?? ''}
        disabled={tenants.length === 1 && currentSlug !== null}
        onChange={(event) => switchTenant(event.target.value)}
      >
        {currentSlug === null && <option value="" disabled />}
        {tenants.map((tenant) => (
          <option key={tenant.slug} value={tenant.slug}>
            {tenant.name}
          </option>
        ))}
      </select>
    </label>
  );
}
