import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { TenantContext } from '../shell/tenant-context.js';

interface ReferenceLabelProps {
  id: string | null;
  /** The signed-in user's ID, shown as "You" rather than an opaque reference. */
  selfId?: string;
}

/**
 * People show by name when the caller may list the tenant's members; other references (business units, or
 * people for callers who may not list them) show a short form of the ID with the full value on hover.
 */
export function ReferenceLabel({ id, selfId }: ReferenceLabelProps) {
  const { t } = useTranslation();
  const tenant = useContext(TenantContext);
  if (id === null) return <span className="muted">{t('inventory.unassigned')}</span>;
  if (selfId && id === selfId) return <span>{t('inventory.you')}</span>;
  const name = tenant?.memberNames[id];
  if (name) return <span title={id}>{name}</span>;
  return (
    <span className="reference" title={id}>
      {id.length > 12 ? `${id.slice(0, 8)}…` : id}
    </span>
  );
}
