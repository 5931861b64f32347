import { useTranslation } from 'react-i18next';

interface ReferenceLabelProps {
  id: string | null;
  /** The signed-in user's ID, shown as "You" rather than an opaque reference. */
  selfId?: string;
}

/**
 * Owners and business units are references; until the API offers lookups for them, show a short,
 * recognisable form of the ID with the full value on hover.
 */
export function ReferenceLabel({ id, selfId }: ReferenceLabelProps) {
  const { t } = useTranslation();
  if (id === null) return <span className="muted">{t('inventory.unassigned')}</span>;
  if (selfId && id === selfId) return <span>{t('inventory.you')}</span>;
  return (
    <span className="reference" title={id}>
      {id.length > 12 ? `${id.slice(0, 8)}…` : id}
    </span>
  );
}
